package no.helhet.report;

import no.helhet.shared.NoFamilyData;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The overview for leaders and the coordinating unit: aggregates only, so no access-log record per family. */
@Controller
class OverviewController {

    private final OverviewQueries queries;

    OverviewController(OverviewQueries queries) {
        this.queries = queries;
    }

    @NoFamilyData("aggregates only, small counts suppressed")
    @GetMapping("/overview")
    String overview(Model model) {
        model.addAttribute("overview", queries.overview());
        return "report/overview";
    }
}
