package org.handouts.pdf;

import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A user agent that opens only what the {@link ResourcePolicy} allows and remembers what it
 * refused, so the renderer can fail with a clear message instead of printing a page with a hole.
 * One per document, like the renderer.
 */
final class SafeUserAgent extends ITextUserAgent {
    private final ResourcePolicy policy;
    private final List<String> refused = new ArrayList<>();

    SafeUserAgent(ITextOutputDevice device, int dotsPerPixel, ResourcePolicy policy) {
        super(device, dotsPerPixel);
        this.policy = policy;
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        if (policy.isDefaultStylesheet(uri)) {
            return org.xhtmlrenderer.simple.extend.XhtmlCssOnlyNamespaceHandler.class
                    .getResourceAsStream("/resources/css/XhtmlNamespaceHandler.css");
        }
        Optional<Path> file = policy.findAllowedFile(uri);
        if (file.isEmpty()) {
            refused.add(uri);
            throw new IOException("refused by the resource policy: " + uri);
        }
        return Files.newInputStream(file.get());
    }

    @Override
    protected URLConnection openConnection(String uri) throws IOException {
        refused.add(uri);
        throw new IOException("network access is disabled: " + uri);
    }

    List<String> refused() {
        return List.copyOf(refused);
    }
}
