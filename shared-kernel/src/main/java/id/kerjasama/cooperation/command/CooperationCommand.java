package id.kerjasama.cooperation.command;

import id.kerjasama.cooperation.CooperationId;

/** A command on an existing cooperation. */
public interface CooperationCommand {

    CooperationId cooperationId();
}
