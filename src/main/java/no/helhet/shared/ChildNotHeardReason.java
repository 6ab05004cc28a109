package no.helhet.shared;

/** Why a child old enough to be heard was not (LAW.md §5 item 26). */
public enum ChildNotHeardReason {
    TOO_ILL,
    DECLINED,
    NOT_POSSIBLE
}
