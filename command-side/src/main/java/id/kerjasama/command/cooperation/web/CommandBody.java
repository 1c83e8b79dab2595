package id.kerjasama.command.cooperation.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command read from the request body with the API's strict mapper; a command on an existing cooperation takes its
 * {@code cooperationId} from the path, never from the body ({@link CommandArguments}). The parameter's type is the
 * command the endpoint stands for, which is how {@link CommandRoleCheck} finds who may send it.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// so that the OpenAPI description shows the body, as for Spring's own @RequestBody
@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true)
public @interface CommandBody {
}
