package id.kerjasama.console.web;

import id.kerjasama.console.api.ApiProblem;
import id.kerjasama.console.signin.Person;
import id.kerjasama.console.signin.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page has: who is signed in and where the page is (for the language switch and the menu); and a refusal
 * of an API that no form shows (a cooperation out of scope, a report not allowed) as the API's problem, with its
 * status.
 */
@ControllerAdvice
class ConsolePages {

    private final SignedIn signedIn;

    ConsolePages(SignedIn signedIn) {
        this.signedIn = signedIn;
    }

    @ModelAttribute("person")
    Person person() {
        return signedIn.person().orElse(null);
    }

    @ModelAttribute("path")
    String path(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ExceptionHandler(ApiProblem.class)
    String refused(ApiProblem refusal, HttpServletRequest request, HttpServletResponse response, Model model) {
        if (refusal.status() == 401 && person() != null) {
            // the token expired while the session lives on: sign in again
            request.getSession().invalidate();
            return "redirect:/";
        }
        response.setStatus(refusal.status());
        // an exception handler's model starts empty: the layout's attributes again
        model.addAttribute("person", person());
        model.addAttribute("path", path(request));
        model.addAttribute("problem", refusal.problem());
        model.addAttribute("status", refusal.status());
        return "problem";
    }
}
