package no.helhet.staff;

import java.util.List;
import java.util.UUID;
import no.helhet.shared.ListSort;
import no.helhet.shared.PageSlice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's lists of users and units, sorted and paged in SQL. */
@Component
class AdminLists {

    /** Users: by name (the default), username, role, unit or training. */
    static final ListSort.Columns STAFF_SORTS = ListSort.Columns.tieBrokenBy("s.id")
            .column("name", "s.full_name")
            .column("username", "s.username")
            .column("role", "s.role")
            .column("unit", "u.name")
            .column("training", "s.training_status")
            .byDefault("name", ListSort.ASC);

    /** Units: by name (the default), sector, whether coordinating, or capacity. */
    static final ListSort.Columns UNIT_SORTS = ListSort.Columns.tieBrokenBy("id")
            .column("name", "name")
            .column("sector", "sector_code")
            .column("coordinating", "coordinating_unit")
            .column("capacity", "coordinator_capacity")
            .byDefault("name", ListSort.ASC);

    private final JdbcClient jdbc;
    private final StaffDirectory directory;

    AdminLists(JdbcClient jdbc, StaffDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    PageSlice<StaffSummary> staff(ListSort sort, int page, int size) {
        long total =
                jdbc.sql("select count(*) from staff_member").query(Long.class).single();
        List<UUID> ids = jdbc.sql("select s.id from staff_member s left join unit u on u.id = s.unit_id"
                        + sort.orderBy() + " limit :limit offset :offset")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(UUID.class)
                .list();
        return PageSlice.inOrder(ids, directory.staffByIds(ids).values(), StaffSummary::id, page, size, total);
    }

    @Transactional(readOnly = true)
    PageSlice<UnitSummary> units(ListSort sort, int page, int size) {
        long total = jdbc.sql("select count(*) from unit").query(Long.class).single();
        List<UUID> ids = jdbc.sql("select id from unit" + sort.orderBy() + " limit :limit offset :offset")
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(UUID.class)
                .list();
        return PageSlice.inOrder(ids, directory.units(), UnitSummary::id, page, size, total);
    }
}
