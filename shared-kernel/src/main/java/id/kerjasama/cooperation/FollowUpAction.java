package id.kerjasama.cooperation;

import id.kerjasama.validation.Require;

import java.time.LocalDate;

/** An action an evaluation asks for, with the unit or person who owns it and when it is due. */
public record FollowUpAction(String description, String owner, LocalDate dueDate) {

    public FollowUpAction {
        description = Require.text(description, "description");
        owner = Require.text(owner, "owner");
        Require.present(dueDate, "dueDate");
    }
}
