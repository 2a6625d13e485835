package org.handouts.pdf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ResourcePolicyTest {
    @TempDir
    Path tmp;
    Path allowed;
    Path outside;
    Path inside;
    Path secret;
    ResourcePolicy policy;

    @BeforeEach
    void setUp() throws IOException {
        allowed = Files.createDirectories(tmp.resolve("templates"));
        Files.createDirectories(allowed.resolve("sub"));
        outside = Files.createDirectories(tmp.resolve("private"));
        inside = Files.writeString(allowed.resolve("base.css"), "body {}");
        Files.writeString(allowed.resolve("sub/more.css"), "p {}");
        secret = Files.writeString(outside.resolve("secret.txt"), "password");
        policy = new ResourcePolicy(List.of(allowed));
    }

    @Test
    void allowsAFileInsideAnAllowedFolder() throws IOException {
        assertThat(policy.findAllowedFile(inside.toUri().toString())).contains(inside.toRealPath());
        assertThat(policy.findAllowedFile(allowed.resolve("sub/more.css").toUri().toString())).isPresent();
    }

    @Test
    void allowsADotDotPathThatStaysInside() {
        assertThat(policy.findAllowedFile("file://" + allowed + "/sub/../base.css")).isPresent();
    }

    @ParameterizedTest(name = "refuses {0}")
    @ValueSource(strings = {"http://127.0.0.1/base.css", "https://example.org/base.css", "ftp://example.org/base.css",
            "jar:file:/tmp/x.jar!/base.css", "data:text/css,body{}", "classpath:/resources/css/XhtmlNamespaceHandler.css",
            "mailto:a@b.c", "//example.org/base.css", "base.css", "", "not a uri", "file://example.org/etc/passwd",
            "file:///etc/passwd", "file:/etc/passwd"})
    void refusesOtherSchemesHostsAndRelativeUris(String uri) {
        assertThat(policy.findAllowedFile(uri)).isEmpty();
    }

    @Test
    void refusesJarUriPointingInsideAnAllowedFolder() {
        assertThat(policy.findAllowedFile("jar:" + inside.toUri() + "!/x.css")).isEmpty();
    }

    @Test
    void refusesAFileOutsideTheAllowedFolders() {
        assertThat(policy.findAllowedFile(secret.toUri().toString())).isEmpty();
    }

    @Test
    void refusesDotDotEscapes() {
        assertThat(policy.findAllowedFile("file://" + allowed + "/../private/secret.txt")).isEmpty();
        assertThat(policy.findAllowedFile("file://" + allowed + "/sub/../../private/secret.txt")).isEmpty();
    }

    @Test
    void refusesPercentEncodedDotDotEscapes() {
        assertThat(policy.findAllowedFile("file://" + allowed + "/%2e%2e/private/secret.txt")).isEmpty();
        assertThat(policy.findAllowedFile("file://" + allowed + "/..%2fprivate%2fsecret.txt")).isEmpty();
    }

    @Test
    void refusesASymlinkInsideAnAllowedFolderPointingOutside() throws IOException {
        Path link = Files.createSymbolicLink(allowed.resolve("innocent.css"), secret);
        assertThat(Files.readString(link)).isEqualTo("password"); // the link works
        assertThat(policy.findAllowedFile(link.toUri().toString())).isEmpty();
    }

    @Test
    void refusesAFileInsideADirectorySymlinkPointingOutside() throws IOException {
        Path dirLink = Files.createSymbolicLink(allowed.resolve("fonts"), outside);
        assertThat(policy.findAllowedFile(dirLink.resolve("secret.txt").toUri().toString())).isEmpty();
    }

    @Test
    void allowsASymlinkThatStaysInside() throws IOException {
        Path link = Files.createSymbolicLink(allowed.resolve("alias.css"), inside);
        assertThat(policy.findAllowedFile(link.toUri().toString())).contains(inside.toRealPath());
    }

    @Test
    void refusesASiblingFolderThatSharesThePrefix() throws IOException {
        // "templates-old" starts with the characters of "templates" but is not inside it.
        Path sibling = Files.createDirectories(tmp.resolve("templates-old"));
        Path file = Files.writeString(sibling.resolve("x.css"), "");
        assertThat(policy.findAllowedFile(file.toUri().toString())).isEmpty();
    }

    @Test
    void refusesFoldersAndMissingFiles() {
        assertThat(policy.findAllowedFile(allowed.toUri().toString())).isEmpty();
        assertThat(policy.findAllowedFile(allowed.resolve("missing.css").toUri().toString())).isEmpty();
    }

    @Test
    void anAllowedFolderThatIsASymlinkAllowsItsRealFiles() throws IOException {
        Path linkedRoot = Files.createSymbolicLink(tmp.resolve("linked-templates"), allowed);
        ResourcePolicy viaLink = new ResourcePolicy(List.of(linkedRoot));
        assertThat(viaLink.findAllowedFile(linkedRoot.resolve("base.css").toUri().toString())).isPresent();
        assertThat(viaLink.findAllowedFile(secret.toUri().toString())).isEmpty();
    }

    @Test
    void aMissingAllowedFolderAllowsNothing() {
        ResourcePolicy none = new ResourcePolicy(List.of(tmp.resolve("does-not-exist")));
        assertThat(none.findAllowedFile(inside.toUri().toString())).isEmpty();
    }

    @Test
    void knowsOnlyFlyingSaucersOwnStylesheet() {
        String own = org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler.class
                .getResource("/resources/css/XhtmlNamespaceHandler.css").toString();
        assertThat(policy.isDefaultStylesheet(own)).isTrue();
        assertThat(policy.isDefaultStylesheet(own + "?x")).isFalse();
        assertThat(policy.isDefaultStylesheet(inside.toUri().toString())).isFalse();
        assertThat(policy.isDefaultStylesheet("")).isFalse();
    }
}
