package org.handouts.pdf;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP listener on an ephemeral loopback port that records every connection it accepts (and the
 * first line the client sent), so a test can prove that nothing tried to fetch from it.
 */
final class TrapServer implements AutoCloseable {
    private final ServerSocket socket;
    private final List<String> accepted = new CopyOnWriteArrayList<>();
    private final Thread thread;

    TrapServer() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        thread = new Thread(this::acceptLoop, "trap-server-" + socket.getLocalPort());
        thread.setDaemon(true);
        thread.start();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                s.setSoTimeout(500);
                String first = "";
                try {
                    byte[] buf = new byte[200];
                    int n = s.getInputStream().read(buf);
                    if (n > 0) first = new String(buf, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).lines()
                            .findFirst().orElse("");
                } catch (IOException ignored) {
                    // a connection without a request still counts
                }
                accepted.add(s.getRemoteSocketAddress() + " " + first);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                accepted.add("error: " + e);
            }
        }
    }

    /** {@code http://127.0.0.1:<port>/<path>}. */
    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/" + path;
    }

    int port() {
        return socket.getLocalPort();
    }

    /** Connections accepted so far; waits briefly so a connection in flight is counted. */
    List<String> accepted() throws InterruptedException {
        Thread.sleep(100);
        return List.copyOf(accepted);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
