package io.jenkins.plugins.workbenchcredentials.stubs;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * plugin/src/main/java and its generated {@code Messages} classes, compiled once per test run against
 * the stubs, the real Maven Central artifacts and the core. Keeps every diagnostic, every use of a
 * {@code @Restricted} Jenkins member (what the real build's access-modifier-checker refuses), and the
 * class files, which the form checks read by reflection.
 */
final class PluginCompilation {
    private static final String RESTRICTED = "org.kohsuke.accmod.Restricted";
    private static final String BETA = "org.kohsuke.accmod.restrictions.Beta";

    /** As the plugin POM compiles (Java 17, parameter names kept), with every lint warning on. */
    static final List<String> OPTIONS =
            List.of("--release", "17", "-parameters", "-proc:none", "-Xlint:all,-processing", "-encoding", "UTF-8");

    private static PluginCompilation instance;

    final List<String> diagnostics = new ArrayList<>();
    final TreeSet<String> restrictedUses = new TreeSet<>();
    final Path classes;
    final List<Path> sources;

    private PluginCompilation(Path classes, List<Path> sources) {
        this.classes = classes;
        this.sources = sources;
    }

    static synchronized PluginCompilation get() throws IOException {
        if (instance == null) {
            instance = compile();
        }
        return instance;
    }

    /** The compiled plugin, loadable next to the stubs and the core (bodies of stubs throw if run). */
    ClassLoader classLoader() {
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(classes.toUri().toURL());
            for (String entry : PluginLayout.compileClasspath().split(java.io.File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static PluginCompilation compile() throws IOException {
        Path work = PluginLayout.workDir();
        deleteRecursively(work);
        Path generated = Files.createDirectories(work.resolve("generated-sources"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        LocalizerMessages.generate(PluginLayout.resources(), generated);

        List<Path> sources = new ArrayList<>(PluginLayout.filesUnder(PluginLayout.sources(), ".java"));
        sources.addAll(PluginLayout.filesUnder(generated, ".java"));
        PluginCompilation result = new PluginCompilation(classes, List.copyOf(sources));

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(collector, null, StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(OPTIONS);
            options.addAll(Arrays.asList("-classpath", PluginLayout.compileClasspath(), "-d", classes.toString()));
            JavacTask task = (JavacTask)
                    compiler.getTask(null, files, collector, options, null, files.getJavaFileObjectsFromPaths(sources));
            Iterable<? extends CompilationUnitTree> units = task.parse();
            task.analyze();
            Trees trees = Trees.instance(task);
            boolean betaAllowed = PluginLayout.usesBeta();
            for (CompilationUnitTree unit : units) {
                new RestrictedUseScanner(trees, result.restrictedUses, betaAllowed).scan(unit, null);
            }
            task.generate();
        }
        for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
            result.diagnostics.add(d.getKind() + " "
                    + (d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber() + ": "
                    + d.getMessage(null));
        }
        return result;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Whether the restriction is {@code Beta} alone, which a module that sets {@code useBeta} may use. */
    private static boolean onlyBeta(AnnotationMirror restricted) {
        List<String> kinds = new ArrayList<>();
        restricted.getElementValues().values().forEach(value -> {
            if (value.getValue() instanceof List<?> list) {
                list.forEach(kind -> kinds.add(kind.toString()));
            } else {
                kinds.add(value.toString());
            }
        });
        return kinds.equals(List.of(BETA + ".class"));
    }

    /** Finds references to members or types marked {@code @Restricted} that are not the plugin's own. */
    private static final class RestrictedUseScanner extends TreePathScanner<Void, Void> {
        private final Trees trees;
        private final TreeSet<String> uses;
        private final boolean betaAllowed;
        private CompilationUnitTree unit;

        RestrictedUseScanner(Trees trees, TreeSet<String> uses, boolean betaAllowed) {
            this.trees = trees;
            this.uses = uses;
            this.betaAllowed = betaAllowed;
        }

        @Override
        public Void visitCompilationUnit(CompilationUnitTree node, Void unused) {
            unit = node;
            return super.visitCompilationUnit(node, unused);
        }

        @Override
        public Void visitIdentifier(IdentifierTree node, Void unused) {
            check();
            return super.visitIdentifier(node, unused);
        }

        @Override
        public Void visitMemberSelect(MemberSelectTree node, Void unused) {
            check();
            return super.visitMemberSelect(node, unused);
        }

        @Override
        public Void visitMemberReference(MemberReferenceTree node, Void unused) {
            check();
            return super.visitMemberReference(node, unused);
        }

        @Override
        public Void visitNewClass(NewClassTree node, Void unused) {
            check();
            return super.visitNewClass(node, unused);
        }

        private void check() {
            Element element = trees.getElement(getCurrentPath());
            if (element == null || trees.getPath(element) != null) {
                return; // unresolved (reported by javac) or declared in the plugin's own sources
            }
            for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
                if (annotation.getAnnotationType().toString().equals(RESTRICTED)
                        && !(betaAllowed && onlyBeta(annotation))) {
                    long line = unit.getLineMap()
                            .getLineNumber(trees.getSourcePositions()
                                    .getStartPosition(unit, getCurrentPath().getLeaf()));
                    uses.add(Path.of(unit.getSourceFile().toUri()).getFileName() + ":" + line + " uses "
                            + element.getEnclosingElement() + "." + element);
                }
            }
        }
    }
}
