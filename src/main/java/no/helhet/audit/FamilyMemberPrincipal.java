package no.helhet.audit;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A member of a family logged in to the family portal through ID-porten: a guardian with parental
 * responsibility, who sees the family's children, or a youth (from {@code
 * RulesProperties.youthHealthConsentAge()}), who sees only themselves. Never holds the national id:
 * the person is known by their id in Helhet (the guardian's or the child's) and their name.
 *
 * @param familyId the family whose data the person may see
 * @param kind a guardian or a youth
 * @param personId the guardian's id, or the child's id for a youth
 * @param name the person's name, for the page header and the access log
 * @param childIds the children of the family this person may see (a youth: only themselves)
 */
public record FamilyMemberPrincipal(UUID familyId, Kind kind, UUID personId, String name, Set<UUID> childIds)
        implements Serializable {

    /** The Spring Security role of every family member; {@code /family-portal/**} requires it. */
    public static final String ROLE = "FAMILY";

    /** Who the person is in the family. */
    public enum Kind {
        /** A guardian with parental responsibility. */
        GUARDIAN,
        /** A child old enough to log in and see their own information. */
        YOUTH
    }

    public FamilyMemberPrincipal {
        childIds = childIds == null ? Set.of() : Set.copyOf(childIds);
    }

    /** Whether this person may see this child's data. */
    public boolean sees(UUID childId) {
        return childId != null && childIds.contains(childId);
    }

    /** The person's name, under the name the layout shows for anyone logged in. */
    public String fullName() {
        return name;
    }

    /** The kind, under the name the layout shows as the role ({@code role.GUARDIAN}, {@code role.YOUTH}). */
    public Kind role() {
        return kind;
    }

    /** The authorities of the session: {@code ROLE_FAMILY} only. */
    public Collection<GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + ROLE));
    }

    /** Never the name or the children in a log line. */
    @Override
    public String toString() {
        return "FamilyMemberPrincipal[" + kind + ", " + personId + "]";
    }
}
