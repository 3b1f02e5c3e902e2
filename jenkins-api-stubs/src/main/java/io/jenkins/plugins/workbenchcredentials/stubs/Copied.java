package io.jenkins.plugins.workbenchcredentials.stubs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where a stub declaration is copied from: the real source file and the line of the real declaration.
 * Every stub type (nested and anonymous ones too), constructor, method, field and enum constant carries
 * one; {@code StubProvenanceTest} checks that none is missing and that they are consistent.
 *
 * <pre>
 * &#64;Copied(from = "jenkinsci/jenkins@jenkins-2.541.3:core/src/main/java/hudson/model/Item.java", line = 79)
 * public interface Item extends PersistenceRoot, ... {
 *     &#64;Copied(line = 120)
 *     String getFullName();
 * }
 * </pre>
 *
 * Only a top-level type names its file; its nested types and members are in the same file. A stub keeps
 * the real order of its declarations, so lines increase from one declaration to the next. Kept in the
 * source only: nothing of it reaches the stub classes.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target({ElementType.TYPE, ElementType.CONSTRUCTOR, ElementType.METHOD, ElementType.FIELD})
public @interface Copied {
    /**
     * On a top-level type, and only there: {@code owner/repository@tag:path} of the real source file, with
     * a repository and tag of the stubs' version table (README.md).
     */
    String from() default "";

    /** The line, in that file, of the real declaration's name. */
    int line();

    /**
     * On a constructor, and only there: the real class declares no constructor, so it has the default one
     * Java gives it (no parameters, the class's access); {@link #line} is then the class's own line.
     */
    boolean implicit() default false;

    /**
     * On a stub type that a class of plugin/ extends or implements, directly or through other types: the
     * name of every abstract method the real type declares, as read in its source (a name once for each
     * overload). The stub declares exactly these abstract methods, so that a class of plugin/ that
     * compiles against the stub implements what the real type demands.
     */
    @Documented
    @Retention(RetentionPolicy.SOURCE)
    @Target(ElementType.TYPE)
    @interface AbstractMethods {
        String[] value();
    }
}
