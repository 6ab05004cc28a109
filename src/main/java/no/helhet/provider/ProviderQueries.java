package no.helhet.provider;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.helhet.shared.ListSort;
import no.helhet.shared.PageSlice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads providers with their contacts in two statements however many there are (loading the
 * aggregates through the repository costs one contact query per provider).
 */
@Repository
class ProviderQueries {

    private static final String SELECT = """
            select id, name, organisation_number, owner_type, sector_code, law, address, version
            from service_provider""";

    private final JdbcClient jdbc;

    ProviderQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every provider, by name. */
    List<ProviderSummary> all() {
        return withContacts(
                jdbc.sql(SELECT + " order by name, id").query(Row.class).list());
    }

    /** One page of the register, sorted by a whitelisted column (ProviderRegister.SORTS). */
    PageSlice<ProviderSummary> page(ListSort sort, int page, int size) {
        long total = jdbc.sql("select count(*) from service_provider")
                .query(Long.class)
                .single();
        List<Row> rows = jdbc.sql(SELECT + sort.orderBy() + " limit :limit offset :offset")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(Row.class)
                .list();
        return new PageSlice<>(withContacts(rows), page, size, total);
    }

    /** The given providers (unknown ids are left out), by name. */
    List<ProviderSummary> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return withContacts(jdbc.sql(SELECT + " where id = any(:ids) order by name, id")
                .param("ids", ids.stream().distinct().toArray(UUID[]::new))
                .query(Row.class)
                .list());
    }

    /** Every provider as a choice (id and name), by name: no contacts, no other columns. */
    List<no.helhet.shared.SelectOption> options() {
        return jdbc.sql("select id, name from service_provider order by name, id")
                .query((rs, n) -> new no.helhet.shared.SelectOption(rs.getString("id"), rs.getString("name")))
                .list();
    }

    /** The names of the given providers, by id, in one statement (none when no ids). */
    Map<UUID, String> names(Collection<UUID> ids) {
        UUID[] distinct =
                ids.stream().filter(java.util.Objects::nonNull).distinct().toArray(UUID[]::new);
        if (distinct.length == 0) {
            return Map.of();
        }
        return jdbc
                .sql("select id, name from service_provider where id = any(:ids)")
                .param("ids", distinct)
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The name of every provider, by id: for pages that show a provider's name only. */
    Map<UUID, String> names() {
        return jdbc
                .sql("select id, name from service_provider")
                .query((rs, n) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<ProviderSummary> withContacts(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ProviderContact>> contacts = jdbc
                .sql("""
                        select service_provider_id, name, role, phone, email from provider_contact
                        where service_provider_id = any(:ids)
                        """)
                .param("ids", rows.stream().map(Row::id).toArray(UUID[]::new))
                .query((rs, n) -> Map.entry(
                        rs.getObject("service_provider_id", UUID.class),
                        new ProviderContact(
                                rs.getString("name"),
                                rs.getString("role"),
                                rs.getString("phone"),
                                rs.getString("email"))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream()
                .map(r -> new ProviderSummary(
                        r.id(),
                        r.name(),
                        r.organisationNumber(),
                        r.ownerType(),
                        r.sectorCode(),
                        r.law(),
                        r.address(),
                        contacts.getOrDefault(r.id(), List.of()).stream()
                                .sorted(Comparator.comparing(ProviderContact::name))
                                .toList(),
                        r.version()))
                .toList();
    }

    record Row(
            UUID id,
            String name,
            String organisationNumber,
            OwnerType ownerType,
            String sectorCode,
            String law,
            String address,
            int version) {}
}
