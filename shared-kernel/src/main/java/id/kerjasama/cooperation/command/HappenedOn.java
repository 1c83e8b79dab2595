package id.kerjasama.cooperation.command;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a date of a command that records something that already happened (a letter sent, a signing, a decision, an
 * activity, the end of a reported period), as opposed to a date that plans (a term, a validity, a due date, the day a
 * termination takes effect). A record of what happened cannot be dated after today: the command side refuses it
 * under the rule {@code NOT_IN_FUTURE}. On a year (a fiscal year), the year cannot be after this year.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface HappenedOn {
}
