package id.kerjasama.console.signin;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kerjasama.console.api.Api;
import id.kerjasama.console.api.Side;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.Base64;
import java.util.Map;

/**
 * Outside {@code prod}: the demo users the command side issues tokens for, and signing in as one of them. The token
 * is the command side's own; the console reads its claims only to say who is signed in.
 */
@Controller
@Profile("!prod")
class DemoSignInController {

    private final Api api;
    private final ObjectMapper json;
    private final SecurityContextRepository contexts;

    DemoSignInController(Api api, ObjectMapper json, SecurityContextRepository contexts) {
        this.api = api;
        this.json = json;
        this.contexts = contexts;
    }

    @GetMapping("/signin")
    String users(Model model) {
        model.addAttribute("users", api.list(Side.COMMAND, "/dev/tokens"));
        return "signin";
    }

    @PostMapping("/signin")
    String signIn(@RequestParam String userName, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        String token = api.text(Side.COMMAND, "/dev/tokens/{userName}", userName).strip();
        Map<?, ?> claims = json.readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]), Map.class);
        Person person = new Person(userName, String.valueOf(claims.get("name")),
                String.valueOf(claims.get("kerjasama_role")), String.valueOf(claims.get("kerjasama_region")), token);
        // a new session id for the signed-in person, so that one fixed before signing in is worth nothing
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(person, null,
                AuthorityUtils.createAuthorityList("ROLE_" + person.role())));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        return "redirect:/";
    }

}
