package id.kerjasama.command.cooperation.web;

import id.kerjasama.actor.CommandPermissions;
import id.kerjasama.web.security.Callers;
import id.kerjasama.web.security.NotPermitted;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a command whose sender's role may not send it before its body is even read. The command an endpoint
 * stands for is the type of its {@link CommandBody} or {@link CommandFromPath} argument, which is how the permission
 * table is found; an endpoint without such an argument, or whose command has no line in the table, is refused for
 * everyone.
 */
@Configuration
class CommandRoleCheck implements WebMvcConfigurer, HandlerInterceptor {

    private final Callers callers;

    CommandRoleCheck(Callers callers) {
        this.callers = callers;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && "POST".equals(request.getMethod())) {
            Class<?> command = CommandArguments.commandOf(method).orElse(null);
            var role = callers.of(SecurityContextHolder.getContext().getAuthentication()).role();
            if (!CommandPermissions.allowed(command).contains(role)) {
                throw new NotPermitted(role + " may not " + (command == null ? method.getMethod().getName() : command.getSimpleName()));
            }
        }
        return true;
    }
}
