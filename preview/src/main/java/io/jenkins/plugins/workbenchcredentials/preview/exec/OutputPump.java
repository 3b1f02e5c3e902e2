package io.jenkins.plugins.workbenchcredentials.preview.exec;

import io.jenkins.plugins.workbenchcredentials.masking.SecretMasker;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies one output stream of the child through the masker to ours, as the child writes. Bytes are
 * passed on (and flushed) as soon as the masker has decided them; it holds back only a tail that could
 * still be the start of a secret, until the next bytes or the end of the stream decide it. The masker
 * is never flushed early, since a secret split by a flush would not be masked.
 */
final class OutputPump extends Thread {
    private static final int BUFFER_BYTES = 8192;

    private final InputStream in;
    private final OutputStream sink;
    private final OutputStream masked;

    OutputPump(String name, InputStream in, SecretMasker masker, OutputStream sink) {
        super(name);
        setDaemon(true);
        this.in = in;
        this.sink = sink;
        this.masked = masker.wrap(new KeepOpen(sink));
    }

    @Override
    public void run() {
        byte[] buffer = new byte[BUFFER_BYTES];
        try (in;
                masked) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                masked.write(buffer, 0, read);
                sink.flush();
            }
        } catch (IOException e) {
            // The child's stream broke or ours is closed: there is nobody left to tell.
        }
    }

    /** Closing the masker releases its tail and closes what it wraps; our own stdout must stay open. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
