package no.helhet.staff;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language each staff member last chose on a page (bokmål, nynorsk or English), remembered so
 * that what Helhet writes to them outside a page (the task digest) is in that language too.
 */
@Repository
public class StaffLanguages {

    /** Bokmål, the base language, for a staff member who never chose. */
    public static final Locale BOKMAAL = Locale.forLanguageTag("nb");

    private static final List<String> LANGUAGES = List.of("nb", "nn", "en");

    private final JdbcClient jdbc;

    StaffLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Remembers the staff member's choice; a language Helhet does not offer is ignored. */
    @Transactional
    public void remember(UUID staffId, Locale locale) {
        String language = locale == null ? null : locale.getLanguage();
        if (!LANGUAGES.contains(language)) {
            return;
        }
        jdbc.sql("update staff_member set language = :language where id = :id and language is distinct from :language")
                .param("language", language)
                .param("id", staffId)
                .update();
    }

    /** Each staff member's language, bokmål when none was chosen. */
    @Transactional(readOnly = true)
    public Map<UUID, Locale> of(Collection<UUID> staffIds) {
        Map<UUID, Locale> languages = new HashMap<>();
        if (staffIds.isEmpty()) {
            return languages;
        }
        jdbc.sql("select id, language from staff_member where id in (:ids)")
                .param("ids", List.copyOf(staffIds))
                .query((rs, n) -> languages.put(
                        rs.getObject("id", UUID.class),
                        rs.getString("language") == null ? BOKMAAL : Locale.forLanguageTag(rs.getString("language"))))
                .list();
        return languages;
    }
}
