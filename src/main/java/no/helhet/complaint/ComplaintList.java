package no.helhet.complaint;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.helhet.shared.ListSort;
import no.helhet.shared.PageSlice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The open complaints ("Klager"), sorted and paged in SQL, the nearest deadline first by default. */
@Component
class ComplaintList {

    static final ListSort.Columns SORTS = ListSort.Columns.tieBrokenBy("id")
            .column("deadline", "deadline")
            .column("received", "received_on")
            .column("kind", "kind")
            .byDefault("deadline", ListSort.ASC);

    private static final String OPEN = """
             from complaint
            where (reconsideration is null
               or (reconsideration = 'UPHELD' and governor_outcome is null)
               or (reconsideration <> 'UPHELD' and new_decision_id is null))""";

    private final JdbcClient jdbc;
    private final ComplaintRepository complaints;

    ComplaintList(JdbcClient jdbc, ComplaintRepository complaints) {
        this.jdbc = jdbc;
        this.complaints = complaints;
    }

    @Transactional(readOnly = true)
    PageSlice<Complaint> open(ListSort sort, int page, int size) {
        long total = jdbc.sql("select count(*)" + OPEN).query(Long.class).single();
        List<UUID> ids = jdbc.sql("select id" + OPEN + sort.orderBy() + " limit :limit offset :offset")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(UUID.class)
                .list();
        Map<UUID, Complaint> byId = (ids.isEmpty() ? List.<Complaint>of() : complaints.findAllById(ids))
                .stream().collect(Collectors.toMap(Complaint::id, Function.identity()));
        return new PageSlice<>(ids.stream().map(byId::get).toList(), page, size, total);
    }
}
