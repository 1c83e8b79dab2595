package id.kerjasama.query.cooperation;

/** No cooperation with this id, or none yet at the moment asked for. */
public class CooperationNotFound extends RuntimeException {

    public CooperationNotFound(String message) {
        super(message);
    }
}
