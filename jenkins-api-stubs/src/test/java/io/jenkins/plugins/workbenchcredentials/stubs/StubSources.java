package io.jenkins.plugins.workbenchcredentials.stubs;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The stubs' own sources, parsed and attributed once (as javac sees them, {@code @Copied} included, which
 * is kept in the source only): every type declaration, named, nested or anonymous, with its members in
 * source order.
 */
final class StubSources {
    static final String COPIED = Copied.class.getCanonicalName();
    static final String ABSTRACT_METHODS = Copied.AbstractMethods.class.getCanonicalName();
    /** The package of the provenance annotation itself, which copies nothing. */
    static final String OWN_PACKAGE = Copied.class.getPackageName();

    private static StubSources instance;

    final Trees trees;
    final Elements elements;
    /** Every type declaration of the stubs, outer types before the types they enclose. */
    final List<TypeDecl> types = new ArrayList<>();

    /** A type declaration: its tree, its element, its file and line map, and the member that holds it if anonymous. */
    record TypeDecl(TreePath path, ClassTree tree, TypeElement element, CompilationUnitTree unit, TypeDecl outer) {
        boolean anonymous() {
            return tree.getSimpleName().isEmpty();
        }

        boolean topLevel() {
            return outer == null;
        }
    }

    /** The values of a {@code @Copied}, with their defaults. */
    record Provenance(String from, int line, boolean implicit) {}

    private StubSources(Trees trees, Elements elements) {
        this.trees = trees;
        this.elements = elements;
    }

    static synchronized StubSources get() throws IOException {
        if (instance == null) {
            instance = load();
        }
        return instance;
    }

    private static StubSources load() throws IOException {
        Path root = Path.of(property("stubs.sources"));
        List<Path> files = PluginLayout.filesUnder(root, ".java");
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(collector, null, StandardCharsets.UTF_8)) {
            String classpath = PluginLayout.compileClasspath();
            JavacTask task = (JavacTask) compiler.getTask(
                    null,
                    fm,
                    collector,
                    List.of("--release", "17", "-proc:none", "-classpath", classpath),
                    null,
                    fm.getJavaFileObjectsFromPaths(files));
            Iterable<? extends CompilationUnitTree> units = task.parse();
            task.analyze();
            for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    throw new IllegalStateException("stub sources do not compile: " + d);
                }
            }
            StubSources sources = new StubSources(Trees.instance(task), task.getElements());
            for (CompilationUnitTree unit : units) {
                sources.collect(unit);
            }
            return sources;
        }
    }

    private void collect(CompilationUnitTree unit) {
        if (unit.getPackageName() != null && unit.getPackageName().toString().equals(OWN_PACKAGE)) {
            return;
        }
        new TreePathScanner<Void, TypeDecl>() {
            @Override
            public Void visitClass(ClassTree node, TypeDecl outer) {
                TypeElement element = (TypeElement) trees.getElement(getCurrentPath());
                TypeDecl decl = new TypeDecl(getCurrentPath(), node, element, unit, outer);
                types.add(decl);
                return super.visitClass(node, decl);
            }
        }.scan(unit, null);
    }

    /** The members of a type declaration that javac did not add itself, in source order. */
    List<Tree> members(TypeDecl type) {
        List<Tree> members = new ArrayList<>();
        for (Tree member : type.tree.getMembers()) {
            Element e = element(type, member);
            if (e != null && elements.getOrigin(e) != Elements.Origin.EXPLICIT) {
                continue; // a default constructor javac added
            }
            members.add(member);
        }
        return members;
    }

    /** Whether javac gave this class a default constructor, because its source declares none. */
    boolean hasMandatedConstructor(TypeDecl type) {
        for (Tree member : type.tree.getMembers()) {
            if (member instanceof MethodTree) {
                Element e = element(type, member);
                if (e != null && elements.getOrigin(e) == Elements.Origin.MANDATED) {
                    return true;
                }
            }
        }
        return false;
    }

    Element element(TypeDecl type, Tree member) {
        return trees.getElement(new TreePath(type.path, member));
    }

    long line(TypeDecl type, Tree tree) {
        long position = trees.getSourcePositions().getStartPosition(type.unit, tree);
        return type.unit.getLineMap().getLineNumber(position);
    }

    String file(TypeDecl type) {
        return Path.of(type.unit.getSourceFile().toUri()).getFileName().toString();
    }

    Optional<Provenance> provenance(Element element) {
        return annotation(element, COPIED).map(mirror -> {
            Map<? extends ExecutableElement, ? extends AnnotationValue> values =
                    elements.getElementValuesWithDefaults(mirror);
            String from = "";
            int line = 0;
            boolean implicit = false;
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v : values.entrySet()) {
                switch (v.getKey().getSimpleName().toString()) {
                    case "from" -> from = (String) v.getValue().getValue();
                    case "line" -> line = (Integer) v.getValue().getValue();
                    case "implicit" -> implicit = (Boolean) v.getValue().getValue();
                    default -> throw new IllegalStateException("unknown element " + v.getKey());
                }
            }
            return new Provenance(from, line, implicit);
        });
    }

    /** The names listed by {@code @Copied.AbstractMethods}, if the type carries it. */
    Optional<List<String>> abstractMethods(Element element) {
        return annotation(element, ABSTRACT_METHODS).map(mirror -> {
            List<String> names = new ArrayList<>();
            for (AnnotationValue v :
                    elements.getElementValuesWithDefaults(mirror).values()) {
                for (Object item : (List<?>) v.getValue()) {
                    names.add((String) ((AnnotationValue) item).getValue());
                }
            }
            return names;
        });
    }

    private static Optional<AnnotationMirror> annotation(Element element, String type) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(type)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** A readable name for a member of a type, for messages. */
    String describe(TypeDecl type, Tree member) {
        String owner = type.anonymous()
                ? "anonymous class in " + type.outer.element.getQualifiedName()
                : type.element.getQualifiedName().toString();
        if (member instanceof VariableTree v) {
            return owner + "." + v.getName();
        }
        if (member instanceof MethodTree m) {
            Element e = element(type, member);
            return owner + "." + (e == null ? m.getName() : e.toString());
        }
        if (member instanceof ClassTree c) {
            return owner + "." + c.getSimpleName();
        }
        return owner + ": " + member.getKind() + " at line " + line(type, member);
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException("System property " + name + " is not set; run this test through Maven");
        }
        return value;
    }
}
