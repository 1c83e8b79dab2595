package id.kerjasama.command.cooperation.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The command an endpoint sends when no {@link CommandBody} or {@link CommandFromPath} argument names it (an upload,
 * whose body is a file): who may call the endpoint is who may send that command ({@link CommandRoleCheck}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SendsCommand {

    Class<?> value();
}
