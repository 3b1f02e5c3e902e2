package io.jenkins.plugins.workbenchcredentials.bench;

import io.jenkins.plugins.workbenchcredentials.masking.SecretMasker;
import io.jenkins.plugins.workbenchcredentials.masking.SecretVariants;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Build-log masking throughput, three ways, in one process on the same 64 MiB of build-log lines,
 * each line one {@code write} call, into a buffered stream over a sink that discards:
 * <ul>
 *   <li>ours: {@link SecretMasker#wrap} over the buffered stream;</li>
 *   <li>regex: how Jenkins masks today, one {@code java.util.regex} alternation of the same forms,
 *       longest first, applied line by line ({@link LineRegexMaskingStream});</li>
 *   <li>copy: the buffered stream alone.</li>
 * </ul>
 * For 1, 10, 100 and 1,000 random secrets of 20 to 40 characters with all their variants.
 *
 * <p>The write loop is first run for a few seconds with all three streams, so that the JIT compiler
 * has finished with it (on a busy machine it may lag by seconds) and every case runs the same
 * compiled harness. Then, per case, ours and copy take the median of several full passes, interleaved
 * so both see the same load. The regex is far slower and grows with the number of forms (every
 * alternative is tried at every position), so it runs on the first lines of the same log, sized to
 * take about {@value #REGEX_SECONDS} s, and its MB/s is scaled from that slice (at 1,000 secrets a
 * slice of only some kilobytes). Times are the benchmark thread's CPU time where the JVM offers it,
 * so that other processes on a shared machine count against none of the three. MB = 10^6 bytes.
 * One line per case on standard output; details on standard error.
 */
public final class MaskerBenchmark {
    private static final int LOG_BYTES = 64 << 20;
    private static final int[] SECRET_COUNTS = {1, 10, 100, 1000};
    private static final long HARNESS_WARM_UP_NANOS = 4_000_000_000L;
    private static final int WARM_UP_PASSES = 2;
    private static final int TIMED_PASSES = 5;
    private static final int REGEX_RUNS = 3;
    private static final double REGEX_SECONDS = 1.0;
    private static final long SEED = 20250301L;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MaskerBenchmark() {}

    /** @param args the secret counts to run, by default 1, 10, 100 and 1000 */
    public static void main(String[] args) throws IOException {
        int[] counts = args.length == 0
                ? SECRET_COUNTS
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        warmUpHarness();
        for (int count : counts) {
            runCase(count);
        }
    }

    private static void runCase(int secretCount) throws IOException {
        List<String> secrets = BuildLogGenerator.randomSecrets(secretCount, SEED + secretCount);
        BuildLogGenerator.Log log = new BuildLogGenerator(SEED, secrets).generate(LOG_BYTES);
        SecretMasker masker = SecretMasker.of(secrets);
        Pattern regex = LineRegexMaskingStream.aggregatePattern(
                secrets.stream().flatMap(s -> SecretVariants.of(s).stream()).toList());
        int allLines = log.lineCount();

        UnaryOperator<OutputStream> ours = masker::wrap;
        UnaryOperator<OutputStream> copy = out -> out;
        UnaryOperator<OutputStream> jenkins = out -> new LineRegexMaskingStream(regex, out);

        for (int i = 0; i < WARM_UP_PASSES; i++) {
            pass(log, allLines, ours);
            pass(log, allLines, copy);
        }
        double[] oursSeconds = new double[TIMED_PASSES];
        double[] copySeconds = new double[TIMED_PASSES];
        long oursOut = 0;
        for (int i = 0; i < TIMED_PASSES; i++) { // interleaved, so both see the same machine load
            Result o = pass(log, allLines, ours);
            Result c = pass(log, allLines, copy);
            oursSeconds[i] = o.seconds();
            copySeconds[i] = c.seconds();
            oursOut = o.bytesOut();
        }
        double oursMBps = log.bytes().length / median(oursSeconds) / 1e6;
        double copyMBps = log.bytes().length / median(copySeconds) / 1e6;

        int regexLines = regexSlice(log, jenkins);
        long regexBytes = log.lineStarts()[regexLines];
        double[] regexSeconds = new double[REGEX_RUNS];
        for (int i = 0; i < REGEX_RUNS; i++) {
            regexSeconds[i] = pass(log, regexLines, jenkins).seconds();
        }
        double regexMBps = regexBytes / median(regexSeconds) / 1e6;
        boolean sameOutput = Arrays.equals(output(log, regexLines, ours), output(log, regexLines, jenkins));

        System.err.printf(
                Locale.ROOT,
                "# secrets=%d patterns=%d log=%d bytes in %d lines; ours wrote %d bytes; regex slice=%d bytes,"
                        + " masked the same by both: %s%n",
                secretCount,
                masker.patternCount(),
                log.bytes().length,
                allLines,
                oursOut,
                regexBytes,
                sameOutput);
        System.out.printf(
                Locale.ROOT,
                "masker secrets=%d ours_MBps=%.1f regex_MBps=%.3f copy_MBps=%.1f vs_regex=%.1f vs_copy=%.2f%n",
                secretCount,
                oursMBps,
                regexMBps,
                copyMBps,
                oursMBps / regexMBps,
                oursMBps / copyMBps);
    }

    /**
     * Compiles the write loop once with all three streams behind its call site before anything is
     * measured, so every case runs the same compiled harness rather than the first one a cheaper one.
     */
    private static void warmUpHarness() throws IOException {
        List<String> secrets = BuildLogGenerator.randomSecrets(3, SEED);
        BuildLogGenerator.Log log = new BuildLogGenerator(SEED, secrets).generate(4 << 20);
        SecretMasker masker = SecretMasker.of(secrets);
        Pattern regex = LineRegexMaskingStream.aggregatePattern(secrets);
        int regexLines = log.linesWithin(64 * 1024);
        long start = System.nanoTime();
        while (System.nanoTime() - start < HARNESS_WARM_UP_NANOS) {
            pass(log, log.lineCount(), masker::wrap);
            pass(log, log.lineCount(), out -> out);
            pass(log, regexLines, out -> new LineRegexMaskingStream(regex, out));
        }
    }

    /** The number of lines the regex masks in about {@link #REGEX_SECONDS}, found by doubling a probe. */
    private static int regexSlice(BuildLogGenerator.Log log, UnaryOperator<OutputStream> jenkins) throws IOException {
        long probeBytes = 16 * 1024;
        while (true) {
            int lines = log.linesWithin(probeBytes);
            double seconds = pass(log, lines, jenkins).seconds();
            if (seconds >= REGEX_SECONDS / 4 || lines == log.lineCount()) {
                double bytesPerSecond = log.lineStarts()[lines] / seconds;
                return log.linesWithin((long) (bytesPerSecond * REGEX_SECONDS));
            }
            probeBytes *= 2;
        }
    }

    private record Result(double seconds, long bytesOut) {}

    /** Writes the first {@code lines} lines, one write each, through the stream under test. */
    private static Result pass(BuildLogGenerator.Log log, int lines, UnaryOperator<OutputStream> filter)
            throws IOException {
        byte[] bytes = log.bytes();
        int[] starts = log.lineStarts();
        DiscardingSink sink = new DiscardingSink();
        long start = now();
        try (OutputStream out = filter.apply(new BufferedOutputStream(sink, 8192))) {
            for (int i = 0; i < lines; i++) {
                out.write(bytes, starts[i], starts[i + 1] - starts[i]);
            }
        }
        return new Result((now() - start) / 1e9, sink.count);
    }

    private static byte[] output(BuildLogGenerator.Log log, int lines, UnaryOperator<OutputStream> filter)
            throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (OutputStream out = filter.apply(sink)) {
            for (int i = 0; i < lines; i++) {
                out.write(log.bytes(), log.lineStarts()[i], log.lineStarts()[i + 1] - log.lineStarts()[i]);
            }
        }
        return sink.toByteArray();
    }

    private static long now() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Counts what it is given, so the work of writing to it cannot be optimised away. */
    private static final class DiscardingSink extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
