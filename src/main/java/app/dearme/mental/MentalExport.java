package app.dearme.mental;

import app.dearme.user.ExportContributor;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;

/** The account export's mental-care part (SPEC §4): every analysis and every stored report. */
@Component
class MentalExport implements ExportContributor {

    private static final int PAGE = 200;

    private final AnalysisStore analyses;
    private final ReportStore reports;

    MentalExport(AnalysisStore analyses, ReportStore reports) {
        this.analyses = analyses;
        this.reports = reports;
    }

    @Override
    public String section() {
        return "mental";
    }

    /** Analyses (one per diary) are written a page at a time, like the diaries; reports are few. */
    @Override
    public void writeJson(long userId, JsonGenerator gen) {
        gen.writeStartObject();
        gen.writeName("analyses");
        gen.writeStartArray();
        for (List<Analysis> page = analyses.pageAfter(userId, null, PAGE); !page.isEmpty();
             page = page.size() < PAGE ? List.of() : analyses.pageAfter(userId, page.getLast(), PAGE)) {
            page.forEach(a -> gen.writePOJO(MentalDtos.AnalysisView.of(a)));
            gen.flush();
        }
        gen.writeEndArray();
        gen.writePOJOProperty("reports", reports.all(userId));
        gen.writeEndObject();
    }

    @Override
    public Object exportJson(long userId) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("analyses", analyses.between(userId, LocalDate.of(1900, 1, 1), LocalDate.of(2999, 12, 31)).stream()
                .map(MentalDtos.AnalysisView::of).toList());
        out.put("reports", reports.all(userId));
        return out;
    }
}
