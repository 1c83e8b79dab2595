package id.kerjasama.command.cooperation.policy;

import id.kerjasama.command.cooperation.Rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The rules a policy decides. Each {@link Rule} is decided by exactly one policy, so a reader finds it there. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Decides {

    Rule[] value();
}
