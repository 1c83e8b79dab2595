package id.kerjasama.command.cooperation.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command that says nothing but which cooperation it acts on: made from the path's {@code {id}} alone, its body (if
 * any) unread ({@link CommandArguments}). Like {@link CommandBody}, it names the command the endpoint stands for.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// the command is no parameter of the request: the OpenAPI description shows only the path's id
@io.swagger.v3.oas.annotations.Parameter(hidden = true)
public @interface CommandFromPath {
}
