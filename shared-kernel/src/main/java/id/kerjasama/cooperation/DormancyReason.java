package id.kerjasama.cooperation;

import id.kerjasama.validation.Labelled;

/**
 * Why a cooperation was flagged dormant (agreements that "fade after the signing ceremony"): its KB or NK was signed but
 * no PKS or Rencana Kerja was drafted in time, or while active nothing was recorded for too long.
 */
public enum DormancyReason implements Labelled {
    NO_IMPLEMENTING_AGREEMENT, NO_RECENT_ACTIVITY
}
