package no.helhet.request;

import java.util.List;
import java.util.UUID;
import no.helhet.shared.ListSort;
import org.springframework.web.util.UriComponentsBuilder;

/** The worklist's filter and sort, bound from the query string (no personal data in it). */
class WorklistFilter {

    static final List<String> STATUSES =
            List.of("WAITING", "RECEIVED", "UNDER_ASSESSMENT", "GRANTED", "REFUSED", "APPOINTED", "ALL");

    /** "Tildelt": any request, those assigned to no one, or those assigned to one caseworker (an id). */
    static final String ASSIGNED_ANY = "";

    static final String ASSIGNED_NONE = "none";

    /**
     * The worklist's sortable columns (the family's name, the coordinator's and the assignee's are
     * another module's data and are not sorted in this module's SQL). Waiting days count to today
     * ({@code :today}) for open requests.
     */
    static final ListSort.Columns SORTS = ListSort.Columns.tieBrokenBy("id")
            .column("received", "received_on")
            .column("channel", "channel", "received_on")
            .column("status", "status", "received_on")
            .column("waiting", "(coalesce(closed_on, :today) - received_on)")
            .byDefault("received", ListSort.ASC);

    private String status;
    private UUID unitId;
    private UUID coordinatorId;
    private String assigned;
    private boolean overdueOnly;
    private String sort;
    private String dir;

    /** The status filter, limited to known values (unknown input falls back to the default). */
    String statusOrDefault() {
        return status != null && STATUSES.contains(status) ? status : "WAITING";
    }

    ListSort listSort() {
        return SORTS.parse(sort, dir);
    }

    /** The caseworker the filter asks for, or null for any or none. */
    UUID assignedCaseworker() {
        if (assigned == null || assigned.isBlank() || ASSIGNED_NONE.equals(assigned)) {
            return null;
        }
        try {
            return UUID.fromString(assigned);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    boolean assignedToNoOne() {
        return ASSIGNED_NONE.equals(assigned);
    }

    /** The worklist URL with this filter and without sort or page, for the column headers and the pager. */
    String toUrl() {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/worklist").queryParam("status", statusOrDefault());
        if (unitId != null) {
            b.queryParam("unitId", unitId);
        }
        if (coordinatorId != null) {
            b.queryParam("coordinatorId", coordinatorId);
        }
        if (assignedToNoOne()) {
            b.queryParam("assigned", ASSIGNED_NONE);
        } else if (assignedCaseworker() != null) {
            b.queryParam("assigned", assignedCaseworker());
        }
        if (overdueOnly) {
            b.queryParam("overdueOnly", true);
        }
        return b.build().toUriString();
    }

    public String getStatus() {
        return statusOrDefault();
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public UUID getCoordinatorId() {
        return coordinatorId;
    }

    public void setCoordinatorId(UUID coordinatorId) {
        this.coordinatorId = coordinatorId;
    }

    /** The "Tildelt" filter as chosen: empty, "none" or a caseworker's id. */
    public String getAssigned() {
        if (assignedToNoOne()) {
            return ASSIGNED_NONE;
        }
        UUID caseworker = assignedCaseworker();
        return caseworker == null ? ASSIGNED_ANY : caseworker.toString();
    }

    public void setAssigned(String assigned) {
        this.assigned = assigned;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public String getSort() {
        return listSort().key();
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getDir() {
        return listSort().dir();
    }

    public void setDir(String dir) {
        this.dir = dir;
    }
}
