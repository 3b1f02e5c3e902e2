package io.jenkins.plugins.workbenchcredentials.stubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each data-bound class of plugin/ binds from its form: every {@code @DataBoundConstructor} parameter
 * and {@code @DataBoundSetter} property has a form field in its view, every field is such a property
 * with a getter (the form shows the current value), and every field has help in every locale.
 */
class FormFieldsTest {
    private static final String DATA_BOUND_CONSTRUCTOR = "org.kohsuke.stapler.DataBoundConstructor";
    private static final String DATA_BOUND_SETTER = "org.kohsuke.stapler.DataBoundSetter";
    private static final String CREDENTIALS = "com.cloudbees.plugins.credentials.Credentials";
    /** Rendered for every credential by the credentials plugin's BaseCredentials/config.jelly. */
    private static final Set<String> CREDENTIALS_PLUGIN_FIELDS = Set.of("scope");

    static List<Class<?>> boundClasses() {
        try {
            PluginCompilation compiled = PluginCompilation.get();
            ClassLoader loader = compiled.classLoader();
            List<Class<?>> bound = new ArrayList<>();
            for (Path file : PluginLayout.filesUnder(compiled.classes, ".class")) {
                String name = compiled.classes
                        .relativize(file)
                        .toString()
                        .replace('/', '.')
                        .replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, loader);
                if (dataBoundConstructor(c) != null) {
                    bound.add(c);
                }
            }
            return bound;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void findsTheCredentialTypesAndTheStep() {
        assertThat(boundClasses())
                .extracting(Class::getSimpleName)
                .contains(
                        "WorkbenchUsernamePasswordCredentials",
                        "WorkbenchSecretTextCredentials",
                        "WorkbenchKubeconfigCredentials",
                        "WithWorkbenchCredentialStep");
    }

    @ParameterizedTest
    @MethodSource("boundClasses")
    void everyPropertyHasAFieldAndEveryFieldAProperty(Class<?> type) throws Exception {
        Path view = view(type);
        Set<String> fields = JellyForms.fields(type, view);
        Set<String> properties = properties(type);
        if (isCredentials(type)) {
            fields.addAll(CREDENTIALS_PLUGIN_FIELDS);
        }

        assertThat(fields).as("form fields of " + view).containsExactlyInAnyOrderElementsOf(properties);
        for (String field : fields) {
            assertThat(hasGetter(type, field))
                    .as(type.getSimpleName() + " has a getter for " + field)
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("boundClasses")
    void everyFieldHasHelpInEveryLocale(Class<?> type) throws Exception {
        Set<String> fields = JellyForms.fields(type, view(type));
        for (String field : fields) {
            for (String locale : PluginLayout.LOCALES) {
                String help = "help-" + field + locale + ".html";
                assertThat(JellyForms.find(type, help))
                        .as(help + " for " + type.getSimpleName() + " in " + JellyForms.folders(type))
                        .isPresent();
            }
        }
    }

    private static Path view(Class<?> type) {
        String name = isCredentials(type) ? "credentials.jelly" : "config.jelly";
        return JellyForms.find(type, name).orElseThrow(() -> new AssertionError(type.getName() + " has no " + name));
    }

    private static Set<String> properties(Class<?> type) {
        Set<String> properties = new LinkedHashSet<>();
        for (Parameter p : dataBoundConstructor(type).getParameters()) {
            assertThat(p.isNamePresent()).as("parameter names compiled in").isTrue();
            properties.add(p.getName());
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (annotated(m, DATA_BOUND_SETTER) && m.getName().startsWith("set")) {
                    properties.add(Introspector.decapitalize(m.getName().substring(3)));
                }
            }
            for (Field f : c.getDeclaredFields()) {
                if (annotated(f, DATA_BOUND_SETTER)) {
                    properties.add(f.getName());
                }
            }
        }
        return properties;
    }

    private static boolean hasGetter(Class<?> type, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        return Arrays.stream(type.getMethods())
                .anyMatch(m -> m.getParameterCount() == 0
                        && Modifier.isPublic(m.getModifiers())
                        && (m.getName().equals("get" + suffix) || m.getName().equals("is" + suffix)));
    }

    private static Constructor<?> dataBoundConstructor(Class<?> type) {
        return Stream.of(type.getDeclaredConstructors())
                .filter(c -> annotated(c, DATA_BOUND_CONSTRUCTOR))
                .findFirst()
                .orElse(null);
    }

    private static boolean isCredentials(Class<?> type) {
        try {
            return Class.forName(CREDENTIALS, false, type.getClassLoader()).isAssignableFrom(type);
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static boolean annotated(AnnotatedElement element, String annotationType) {
        for (Annotation a : element.getAnnotations()) {
            if (a.annotationType().getName().equals(annotationType)) {
                return true;
            }
        }
        return false;
    }
}
