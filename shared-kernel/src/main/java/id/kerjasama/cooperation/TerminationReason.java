package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/** The reasons a cooperation may end before its term (PP 28/2018); which of them a region accepts is configurable. */
public enum TerminationReason implements Labelled {
    MUTUAL_AGREEMENT, PURPOSE_ACHIEVED, FORCE_MAJEURE, PARTY_FAILED_OBLIGATIONS, REPLACED_BY_NEW_AGREEMENT, NEW_LAW, OBJECT_LOST, HARM_TO_NATIONAL_INTEREST
}
