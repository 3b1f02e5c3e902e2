package io.jenkins.plugins.workbenchcredentials.preview.cli;

import io.jenkins.plugins.workbenchcredentials.error.WorkbenchException;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a secret from standard input, never from an argument (arguments show in {@code ps} and shell
 * history). At a terminal the user is prompted without echo; piped input is read to its end, at most
 * the field's limit, so endless input cannot exhaust memory.
 */
final class SecretInput {
    private final InputStream in;
    private final Console console;
    private final PrintWriter err;

    SecretInput(InputStream in, Console console, PrintWriter err) {
        this.in = in;
        this.console = console;
        this.err = err;
    }

    static SecretInput standard(PrintWriter err) {
        return new SecretInput(System.in, System.console(), err);
    }

    /**
     * A one-line secret (password, token): the whole input with one trailing line break removed, or
     * what is typed at the prompt.
     */
    String line(String field, String prompt, int maxBytes) throws IOException {
        if (console != null) {
            char[] typed = console.readPassword("%s: ", prompt);
            return typed == null ? "" : new String(typed);
        }
        return withoutOneLineBreak(all(field, maxBytes + 2, maxBytes));
    }

    /** A multi-line secret (kubeconfig): the whole input; at a terminal, pasted and ended with Ctrl-D. */
    String text(String field, String prompt, int maxBytes) throws IOException {
        if (console != null) {
            err.println(prompt + " (paste it, then press Ctrl-D on a line of its own):");
            err.flush();
        }
        return all(field, maxBytes, maxBytes);
    }

    /** Whether standard input is a terminal, where {@code update} does not wait for a secret. */
    static boolean stdinIsTerminal() {
        if (System.console() != null) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /**
     * @param readLimit  how much to accept (a line may carry a line break past the field's limit)
     * @param fieldLimit the limit to name when there is more; the service checks the exact size
     */
    private String all(String field, int readLimit, int fieldLimit) throws IOException {
        byte[] bytes = in.readNBytes(readLimit + 1);
        if (bytes.length > readLimit) {
            throw WorkbenchException.invalid(field, "field.tooLarge", field, fieldLimit);
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw WorkbenchException.invalid(field, "cli.notUtf8", field);
        }
    }

    static String withoutOneLineBreak(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        if (text.endsWith("\n")) {
            return text.substring(0, text.length() - 1);
        }
        return text;
    }
}
