package io.jenkins.plugins.workbenchcredentials.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.BlockTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import io.jenkins.plugins.workbenchcredentials.stubs.StubSources.Provenance;
import io.jenkins.plugins.workbenchcredentials.stubs.StubSources.TypeDecl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every stub declaration says where in the real sources it is copied from ({@link Copied}), and what can
 * be checked of that without the real sources holds: the provenance is complete, well formed and
 * consistent with the version table and with the order of the real declarations, bodies copy no logic,
 * classes declare the real constructors, and the types plugin/ builds on list the abstract methods of
 * the real ones.
 */
class StubProvenanceTest {
    /** {@code owner/repository@tag:path/To/File.java}. */
    private static final Pattern FROM =
            Pattern.compile("([\\w.-]+/[\\w.-]+)@([\\w.+-]+):((?:[\\w.-]+/)*[\\w.-]+\\.java)");
    /** A source named in the README's version table. */
    private static final Pattern TABLE_SOURCE = Pattern.compile("`([\\w.-]+/[\\w.-]+)@([\\w.+-]+)`");

    private static final String STUB_BODY = "throw new UnsupportedOperationException(\"compile-only stub\");";

    private static StubSources stubs;
    private static Map<ClassTree, TypeDecl> byTree;

    @BeforeAll
    static void load() throws IOException {
        stubs = StubSources.get();
        byTree = new HashMap<>();
        for (TypeDecl type : stubs.types) {
            byTree.put(type.tree(), type);
        }
    }

    @Test
    void everyTypeAndMemberSaysWhereItIsCopiedFrom() {
        List<String> missing = new ArrayList<>();
        for (TypeDecl type : stubs.types) {
            if (!type.anonymous() && stubs.provenance(type.element()).isEmpty()) {
                missing.add("type " + type.element().getQualifiedName());
            }
            for (Tree member : stubs.members(type)) {
                if (member instanceof ClassTree) {
                    continue; // a type of its own
                }
                if (member instanceof BlockTree) {
                    missing.add(stubs.describe(type, member) + ": an initializer copies nothing from a declaration");
                    continue;
                }
                if (stubs.provenance(stubs.element(type, member)).isEmpty()) {
                    missing.add(stubs.describe(type, member));
                }
            }
            if (type.element().getKind() == ElementKind.CLASS
                    && !type.anonymous()
                    && stubs.hasMandatedConstructor(type)) {
                missing.add(type.element().getQualifiedName()
                        + " declares no constructor, so Java gives it a public one the real class may not have:"
                        + " copy a real constructor, or, if the real class declares none, its default one"
                        + " with @Copied(line = <the class's line>, implicit = true)");
            }
        }
        assertThat(missing).as("stub declarations without @Copied").isEmpty();
    }

    @Test
    void provenanceIsWellFormed() {
        List<String> wrong = new ArrayList<>();
        for (TypeDecl type : stubs.types) {
            String name = type.anonymous()
                    ? "anonymous class in " + type.outer().element()
                    : type.element().toString();
            Optional<Provenance> own = type.anonymous() ? Optional.empty() : stubs.provenance(type.element());
            own.ifPresent(p -> {
                if (type.topLevel()) {
                    Matcher m = FROM.matcher(p.from());
                    String path = type.element().getQualifiedName().toString().replace('.', '/') + ".java";
                    if (!m.matches()) {
                        wrong.add(name + ": from = \"" + p.from() + "\" is not owner/repository@tag:path");
                    } else if (!m.group(3).endsWith("/" + path) && !m.group(3).equals(path)) {
                        wrong.add(name + ": from = \"" + p.from() + "\" is not the file of " + path);
                    }
                } else if (!p.from().isEmpty()) {
                    wrong.add(name + ": a nested type is in its top-level type's file; only that one names it");
                }
                if (p.line() < 1) {
                    wrong.add(name + ": line " + p.line());
                }
                if (p.implicit()) {
                    wrong.add(name + ": implicit is for a default constructor only");
                }
            });
            List<Tree> members = stubs.members(type);
            long constructors = members.stream()
                    .filter(m -> m instanceof MethodTree mt && mt.getReturnType() == null)
                    .count();
            for (Tree member : members) {
                if (member instanceof ClassTree || member instanceof BlockTree) {
                    continue;
                }
                Element e = stubs.element(type, member);
                Optional<Provenance> p = stubs.provenance(e);
                if (p.isEmpty()) {
                    continue;
                }
                String what = stubs.describe(type, member);
                if (!p.get().from().isEmpty()) {
                    wrong.add(what + ": a member is in its type's file; only the top-level type names it");
                }
                if (p.get().line() < 1) {
                    wrong.add(what + ": line " + p.get().line());
                }
                if (p.get().implicit()) {
                    checkImplicitConstructor(type, e, p.get(), own, constructors, what, wrong);
                }
            }
        }
        assertThat(wrong).as("malformed @Copied").isEmpty();
    }

    private static void checkImplicitConstructor(
            TypeDecl type,
            Element e,
            Provenance p,
            Optional<Provenance> own,
            long constructors,
            String what,
            List<String> wrong) {
        if (e.getKind() != ElementKind.CONSTRUCTOR) {
            wrong.add(what + ": implicit is for a default constructor only");
            return;
        }
        ExecutableElement constructor = (ExecutableElement) e;
        if (!constructor.getParameters().isEmpty()
                || !constructor.getThrownTypes().isEmpty()) {
            wrong.add(what + ": a default constructor has no parameters and throws nothing");
        }
        if (!access(constructor.getModifiers()).equals(access(type.element().getModifiers()))) {
            wrong.add(what + ": a default constructor has its class's access, "
                    + access(type.element().getModifiers()));
        }
        if (constructors != 1) {
            wrong.add(what + ": a class has a default constructor only if it declares no other");
        }
        if (own.isPresent() && own.get().line() != p.line()) {
            wrong.add(what + ": a default constructor is on its class's line, "
                    + own.get().line());
        }
    }

    private static String access(Set<Modifier> modifiers) {
        for (Modifier m : List.of(Modifier.PUBLIC, Modifier.PROTECTED, Modifier.PRIVATE)) {
            if (modifiers.contains(m)) {
                return m.toString();
            }
        }
        return "package";
    }

    @Test
    void declarationsKeepTheOrderAndLinesOfTheRealOnes() {
        List<String> wrong = new ArrayList<>();
        for (TypeDecl type : stubs.types) {
            if (type.topLevel()) {
                stubs.provenance(type.element()).ifPresent(p -> walk(type, p.line(), wrong));
            }
        }
        assertThat(wrong)
                .as("members come after their type and in the real order, so their lines increase")
                .isEmpty();
    }

    /** Checks the lines of a type's members against the type's and each other's; returns the last line. */
    private static int walk(TypeDecl type, int ownerLine, List<String> wrong) {
        int previous = ownerLine;
        boolean previousWasField = false;
        String previousName = "the type's own line";
        for (Tree member : stubs.members(type)) {
            if (member instanceof BlockTree) {
                continue;
            }
            Element e = stubs.element(type, member);
            Optional<Provenance> p = stubs.provenance(e);
            if (p.isEmpty()) {
                continue;
            }
            int line = p.get().line();
            boolean field = member instanceof VariableTree;
            boolean sameDeclaration = line == previous && field && previousWasField;
            boolean defaultConstructor = p.get().implicit() && line == ownerLine;
            if (line <= previous && !sameDeclaration && !defaultConstructor) {
                wrong.add(stubs.describe(type, member) + " at line " + line + " is not after " + previousName
                        + " (line " + previous + ")");
            }
            previous = Math.max(previous, line);
            previousWasField = field;
            previousName = stubs.describe(type, member);
            if (member instanceof ClassTree nested) {
                previous = Math.max(previous, walk(byTree.get(nested), line, wrong));
            } else if (member instanceof VariableTree v
                    && v.getInitializer() instanceof NewClassTree n
                    && n.getClassBody() != null) {
                previous = Math.max(previous, walk(byTree.get(n.getClassBody()), line, wrong));
            }
        }
        return previous;
    }

    @Test
    void everySourceIsInTheVersionTableAndEveryTableSourceIsUsed() throws IOException {
        Map<String, String> table = versionTable();
        Map<String, Set<String>> used = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (TypeDecl type : stubs.types) {
            if (!type.topLevel()) {
                continue;
            }
            stubs.provenance(type.element()).ifPresent(p -> {
                Matcher m = FROM.matcher(p.from());
                if (m.matches()) {
                    used.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add(m.group(2));
                    if (!m.group(2).equals(table.get(m.group(1)))) {
                        wrong.add(type.element() + " is copied from " + m.group(1) + "@" + m.group(2)
                                + ", but the version table reads " + m.group(1) + " at "
                                + table.getOrDefault(m.group(1), "no tag"));
                    }
                }
            });
        }
        for (String repository : table.keySet()) {
            if (!used.containsKey(repository)) {
                wrong.add("the version table names " + repository + ", which no stub is copied from");
            }
        }
        assertThat(wrong).as("sources against the README's version table").isEmpty();
        assertThat(used.values())
                .as("one tag per repository")
                .allSatisfy(tags -> assertThat(tags).hasSize(1));
    }

    /** The {@code owner/repository@tag} sources of the README's "Versions read" table. */
    private static Map<String, String> versionTable() throws IOException {
        String readme = Files.readString(Path.of(System.getProperty("stubs.readme")));
        int start = readme.indexOf("\n## Versions read");
        assertThat(start).as("README has a \"Versions read\" section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Map<String, String> table = new LinkedHashMap<>();
        for (String row : section.split("\n")) {
            if (!row.startsWith("|")) {
                continue;
            }
            Matcher m = TABLE_SOURCE.matcher(row);
            while (m.find()) {
                String previous = table.put(m.group(1), m.group(2));
                assertThat(previous)
                        .as("the table reads " + m.group(1) + " once")
                        .isNull();
            }
        }
        assertThat(table).as("sources in the version table").isNotEmpty();
        return table;
    }

    @Test
    void bodiesCopyNoLogic() {
        List<String> wrong = new ArrayList<>();
        for (TypeDecl type : stubs.types) {
            for (Tree member : stubs.members(type)) {
                if (member instanceof MethodTree m && m.getBody() != null) {
                    List<? extends StatementTree> statements = m.getBody().getStatements();
                    int first = 0;
                    if (m.getReturnType() == null
                            && !statements.isEmpty()
                            && statements.get(0) instanceof ExpressionStatementTree s
                            && s.getExpression() instanceof MethodInvocationTree call
                            && call.getMethodSelect() instanceof IdentifierTree id
                            && (id.getName().contentEquals("super")
                                    || id.getName().contentEquals("this"))) {
                        first = 1; // a constructor's call of its superclass's
                    }
                    if (statements.size() != first + 1
                            || !statements.get(first).toString().trim().equals(STUB_BODY)) {
                        wrong.add(stubs.describe(type, member) + ": its body is not just " + STUB_BODY);
                    }
                } else if (member instanceof VariableTree v
                        && v.getInitializer() != null
                        && stubs.element(type, member).getKind() != ElementKind.ENUM_CONSTANT
                        && !(v.getInitializer() instanceof LiteralTree)) {
                    wrong.add(stubs.describe(type, member) + ": a field is initialised with a literal or null only");
                }
            }
        }
        assertThat(wrong).as("stub bodies").isEmpty();
    }

    @Test
    void typesThePluginBuildsOnDeclareTheAbstractMethodsOfTheRealOnes() throws Exception {
        Map<String, TypeDecl> byBinaryName = new HashMap<>();
        for (TypeDecl type : stubs.types) {
            if (!type.anonymous()) {
                byBinaryName.put(stubs.elements.getBinaryName(type.element()).toString(), type);
            }
        }
        PluginCompilation compiled = PluginCompilation.get();
        ClassLoader loader = compiled.classLoader();
        Set<String> builtOn = new TreeSet<>();
        for (Path file : PluginLayout.filesUnder(compiled.classes, ".class")) {
            String name = compiled.classes
                    .relativize(file)
                    .toString()
                    .replace('/', '.')
                    .replaceAll("\\.class$", "");
            Deque<Class<?>> todo = new ArrayDeque<>();
            todo.add(Class.forName(name, false, loader));
            Set<Class<?>> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                Class<?> c = todo.remove();
                if (!seen.add(c)) {
                    continue;
                }
                if (byBinaryName.containsKey(c.getName())) {
                    builtOn.add(c.getName());
                }
                if (c.getSuperclass() != null) {
                    todo.add(c.getSuperclass());
                }
                todo.addAll(List.of(c.getInterfaces()));
            }
        }
        assertThat(builtOn).as("stub types plugin/ extends or implements").isNotEmpty();

        List<String> wrong = new ArrayList<>();
        for (TypeDecl type : stubs.types) {
            if (type.anonymous()) {
                continue;
            }
            TypeElement element = type.element();
            Optional<List<String>> listed = stubs.abstractMethods(element);
            String binaryName = stubs.elements.getBinaryName(element).toString();
            if (listed.isEmpty()) {
                if (builtOn.contains(binaryName)) {
                    wrong.add(element + ": plugin/ builds on it, so it lists the real type's abstract methods"
                            + " with @Copied.AbstractMethods and declares them all");
                }
                continue;
            }
            List<String> declared = new ArrayList<>();
            for (Element e : element.getEnclosedElements()) {
                if (e.getKind() == ElementKind.METHOD && e.getModifiers().contains(Modifier.ABSTRACT)) {
                    declared.add(e.getSimpleName().toString());
                }
            }
            List<String> expected = new ArrayList<>(listed.get());
            expected.sort(null);
            declared.sort(null);
            if (!declared.equals(expected)) {
                wrong.add(element + ": the real type's abstract methods are " + expected + ", the stub declares "
                        + declared + " abstract");
            }
        }
        assertThat(wrong).as("abstract methods of the types plugin/ builds on").isEmpty();
    }
}
