package io.jenkins.plugins.workbenchcredentials.preview.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines that start a new JVM: the packaged jar, or a main class of the test classpath. */
public final class Jvm {
    private Jvm() {}

    /** {@code preview/target/workbench.jar}, which the build packages before the end-to-end tests run. */
    public static Path workbenchJar() {
        String configured = System.getProperty("workbench.jar");
        Path jar = configured != null ? Path.of(configured) : Path.of("target", "workbench.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: the end-to-end tests run after `mvn package`");
        }
        return jar.toAbsolutePath();
    }

    public static List<String> jar(List<String> args) {
        List<String> command = base();
        command.add("-jar");
        command.add(workbenchJar().toString());
        command.addAll(args);
        return command;
    }

    public static List<String> mainClass(Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        return command;
    }

    /** Quick to start: these JVMs each live for a command or two. */
    private static List<String> base() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Xshare:auto");
        return command;
    }
}
