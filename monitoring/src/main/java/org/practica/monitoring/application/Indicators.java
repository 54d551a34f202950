package org.practica.monitoring.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.documents.SpreadsheetCsv;
import org.practica.documents.SpreadsheetXlsx;
import org.practica.documents.Wording;
import org.practica.identity.domain.MonitoringReach;
import org.practica.identity.domain.Organisation;
import org.practica.identity.domain.OrganisationRepository;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.Actor;
import org.practica.kernel.AuditLog;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.TrainingEvent;
import org.practica.monitoring.SideBySide;
import org.practica.monitoring.domain.Breakdown;
import org.practica.monitoring.domain.Cell;
import org.practica.monitoring.domain.CountFilter;
import org.practica.monitoring.domain.CountedEvents;
import org.practica.monitoring.domain.Indicator;
import org.practica.monitoring.domain.KnowledgeGain;
import org.practica.monitoring.domain.test.MatchedScores;
import org.practica.monitoring.domain.PeopleFigures;
import org.practica.monitoring.domain.TrainingScope;
import org.practica.monitoring.domain.TrainingScopes;
import org.practica.monitoring.domain.Share;
import org.practica.monitoring.domain.test.TestScores;
import org.practica.monitoring.domain.profile.ProfileDimension;
import org.practica.monitoring.domain.certificate.HeldCertificates;
import org.practica.monitoring.domain.survey.SurveyCounts;
import org.practica.monitoring.domain.survey.SurveyFigure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The indicators a programme manager reads, within their reach (their organisation, or every one
 * of a national programme), computed from the events the domains told monitoring of. Every figure
 * leaves here already made safe: small counts hidden, and whatever would give them back too.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Indicators {

    /** The longest period one dashboard covers: ten years of months. */
    public static final int MAX_MONTHS = 120;

    @Inject
    CountedEvents events;

    @Inject
    UserAccountRepository accounts;

    @Inject
    TestScores scores;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SurveyCounts surveys;

    @Inject
    HeldCertificates certificates;

    @Inject
    TrainingScopes scopes;

    /** Read lazily: the knowledge gains read their filter through these indicators. */
    @Inject
    jakarta.enterprise.inject.Instance<KnowledgeGains> knowledgeGains;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    public Dashboard dashboard(Actor reader, IndicatorQuery query) {
        CountFilter filter = filter(reader, query);
        // the surveys are read alongside the people, who come in one pass when the summary holds the filter
        CompletableFuture<List<SurveyFigure>> surveysRead = alongside(() -> surveys.figures(filter));
        List<LocalDate> monthEnds = monthEnds(filter);
        CompletableFuture<long[]> holdingRead = alongside(() -> certificates.holders(filter, monthEnds));
        PeopleFigures people = events.people(filter);
        CountedEvents.Tally tally = people.tally();
        Map<Integer, BigDecimal> hoursByMonth = people.hours();
        long[] holding = joined(holdingRead);
        List<MonthRow> months = new ArrayList<>();
        int i = 0;
        for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(YearMonth.from(filter.to())); m = m.plusMonths(1), i++) {
            int month = m.getYear() * 100 + m.getMonthValue();
            months.add(new MonthRow(m, cell(tally.people(month, TrainingEvent.ENROLLED)), cell(tally.people(month, TrainingEvent.COMPLETED)),
                    cell(tally.people(month, TrainingEvent.CERTIFIED)), cell(i < holding.length ? holding[i] : 0),
                    hours(tally.people(month, TrainingEvent.HOURS_SIGNED_OFF), hoursByMonth.getOrDefault(month, BigDecimal.ZERO)),
                    new Share(people.completion(month).completed(), people.completion(month).enrolments()),
                    new Share(people.passed(month), people.attempted(month))));
        }
        long supervised = tally.people(TrainingEvent.HOURS_SIGNED_OFF);
        BigDecimal hours = hoursByMonth.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        CountedEvents.Completion completion = people.completion();

        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Long> trainedBy = new LinkedHashMap<>();
        Map<Long, String> known = organisations.all().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        people.byOrganisation().stream()
                .sorted((a, b) -> known.getOrDefault(a.group(), "").compareToIgnoreCase(known.getOrDefault(b.group(), "")))
                .forEach(g -> {
                    trainedBy.put(String.valueOf(g.group()), g.people());
                    names.put(String.valueOf(g.group()), known.getOrDefault(g.group(), "#" + g.group()));
                });
        long trained = tally.people(TrainingEvent.ENROLLED);
        Map<ProfileDimension, Breakdown> byProfile = new EnumMap<>(ProfileDimension.class);
        for (ProfileDimension dimension : ProfileDimension.values()) {
            byProfile.put(dimension, byFact(people.byFact(dimension), dimension, trained));
        }
        return new Dashboard(filter.from(), filter.to(), months, cell(trained),
                cell(tally.people(TrainingEvent.COMPLETED)), cell(tally.people(TrainingEvent.CERTIFIED)),
                cell(holding.length == 0 ? 0 : holding[holding.length - 1]), hours(supervised, hours), new Share(completion.completed(), completion.enrolments()), new Share(people.passed(), people.attempted()),
                Breakdown.of(trainedBy), names, byProfile, SurveyRow.of(joined(surveysRead)));
    }

    /**
     * The day each month of the period is read at for certificates held: its last day, or today for
     * the month under way; months still to come have none.
     */
    private List<LocalDate> monthEnds(CountFilter filter) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> days = new ArrayList<>();
        for (YearMonth m = YearMonth.from(filter.from()); !m.isAfter(YearMonth.from(filter.to())) && !m.atDay(1).isAfter(today); m = m.plusMonths(1)) {
            days.add(m.atEndOfMonth().isAfter(today) ? today : m.atEndOfMonth());
        }
        return days;
    }

    /**
     * People trained split by one fact: a row per value anybody gave (in the fact's own order),
     * then those who gave none; the rows sum to the total, which is what the suppression protects.
     */
    private static Breakdown byFact(List<CountedEvents.FactCount> read, ProfileDimension dimension, long trained) {
        Map<String, Long> given = read.stream()
                .collect(Collectors.toMap(CountedEvents.FactCount::value, CountedEvents.FactCount::people));
        Map<String, Long> counts = new LinkedHashMap<>();
        dimension.categories().stream().filter(given::containsKey).forEach(v -> counts.put(v, given.get(v)));
        long notGiven = trained - counts.values().stream().mapToLong(Long::longValue).sum();
        if (notGiven > 0) {
            counts.put(ProfileDimension.NOT_GIVEN, notGiven);
        }
        return Breakdown.of(counts);
    }

    /**
     * One indicator over a query's period, made safe as the dashboard makes it (empty when hidden),
     * reading only what that indicator needs: a target's progress costs one or two reads, not a
     * dashboard.
     */
    public Optional<BigDecimal> figure(Actor reader, Indicator indicator, IndicatorQuery query) {
        CountFilter filter = filter(reader, query);
        PeopleFigures people = indicator.countsPeople() ? events.people(filter) : null;
        return switch (indicator) {
            case PEOPLE_TRAINED -> people(people.tally().people(TrainingEvent.ENROLLED));
            case PEOPLE_COMPLETED -> people(people.tally().people(TrainingEvent.COMPLETED));
            case CERTIFICATES_HELD -> {
                List<LocalDate> ends = monthEnds(filter);
                yield people(ends.isEmpty() ? 0 : certificates.holders(filter, List.of(ends.get(ends.size() - 1)))[0]);
            }
            case PEOPLE_CERTIFIED -> people(people.tally().people(TrainingEvent.CERTIFIED));
            case COMPLETION_RATE -> {
                CountedEvents.Completion c = people.completion();
                yield new Share(c.completed(), c.enrolments()).percent();
            }
            case PASS_RATE -> new Share(people.passed(), people.attempted()).percent();
            case PRACTICE_CHANGE -> SurveyRow.practiceChange(surveys.figures(filter)).percent();
            case KNOWLEDGE_GAIN -> {
                // every matched pre-test and post-test of the period together, whichever pair they sat
                KnowledgeGain gain = KnowledgeGain.of(MatchedScores.of(scores.pairedForPostTestsIn(filter)).stream()
                        .flatMap(m -> m.overall().stream()).toList());
                yield gain.suppressed() ? Optional.empty() : Optional.of(BigDecimal.valueOf(gain.meanGain()).setScale(1, java.math.RoundingMode.HALF_UP));
            }
            case SUPERVISED_HOURS -> hours(people.tally().people(TrainingEvent.HOURS_SIGNED_OFF),
                    people.hours().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        };
    }

    private static Optional<BigDecimal> people(long count) {
        return Cell.of(count).visible().isPresent() ? Optional.of(BigDecimal.valueOf(count)) : Optional.empty();
    }

    /**
     * The dashboard's months as CSV, hidden counts written "<5", in the reader's words; the export is
     * recorded in the audit trail with its filters.
     */
    @Transactional
    public String csv(Actor reader, IndicatorQuery query, Wording words) {
        Dashboard d = dashboard(reader, query);
        List<List<Object>> rows = new ArrayList<>();
        for (MonthRow m : d.months()) {
            rows.add(List.of(m.month().toString(), shown(m.trained()), shown(m.completed()), shown(m.certified()), shown(m.holding()),
                    m.hours().map(BigDecimal::toPlainString).orElse(SUPPRESSED)));
        }
        rows.add(List.of(words.of("monitoring.total"), shown(d.trained()), shown(d.completed()), shown(d.certified()), shown(d.holding()),
                d.hours().map(BigDecimal::toPlainString).orElse(SUPPRESSED)));
        audit.record(reader.username(), "monitoring.exported", "monitoring:indicators", "csv " + query.describe());
        return SpreadsheetCsv.of(List.of(words.of("monitoring.month"), words.of("monitoring.trained"), words.of("monitoring.completed"),
                words.of("monitoring.certified"), words.of("monitoring.holding"), words.of("monitoring.hours")), rows, ZoneOffset.UTC);
    }

    /**
     * The same indicators as an XLSX workbook: a summary sheet, then one sheet per indicator by
     * month (people trained, completed, certified, holding a certificate, hours, completion rate,
     * pass rate), then people trained per organisation and per fact people gave (sex, age band, region,
     * profession, organisation type), the surveys' response rates and practice change, and the
     * knowledge gain of each paired pre-test and post-test; hidden counts are the text "<5", every other
     * figure a number. The export is recorded in the audit trail with its filters.
     */
    @Transactional
    public byte[] workbook(Actor reader, IndicatorQuery query, Wording words) {
        Dashboard d = dashboard(reader, query);
        List<SpreadsheetXlsx.Table> sheets = new ArrayList<>();
        List<List<Object>> summary = new ArrayList<>();
        summary.add(List.of(words.of("monitoring.trained"), shown(d.trained())));
        summary.add(List.of(words.of("monitoring.completed"), shown(d.completed())));
        summary.add(List.of(words.of("monitoring.completionRateTitle"), d.completion().percent().<Object>map(p -> p).orElse(SUPPRESSED)));
        summary.add(List.of(words.of("monitoring.passRateTitle"), d.passRate().percent().<Object>map(p -> p).orElse(SUPPRESSED)));
        summary.add(List.of(words.of("monitoring.responseRateTitle"), percentOrHidden(d.responseRate())));
        summary.add(List.of(words.of("monitoring.practiceChangeTitle"), percentOrHidden(d.practiceChange())));
        summary.add(List.of(words.of("monitoring.certified"), shown(d.certified())));
        summary.add(List.of(words.of("monitoring.holding"), shown(d.holding())));
        summary.add(List.of(words.of("monitoring.hours"), d.hours().<Object>map(h -> h).orElse(SUPPRESSED)));
        sheets.add(new SpreadsheetXlsx.Table(words.of("monitoring.summary"), List.of(words.of("monitoring.indicator"),
                words.of("monitoring.value")), summary));
        sheets.add(monthly(d, words, "monitoring.trained", m -> shown(m.trained())));
        sheets.add(monthly(d, words, "monitoring.completed", m -> shown(m.completed())));
        sheets.add(monthly(d, words, "monitoring.certified", m -> shown(m.certified())));
        sheets.add(monthly(d, words, "monitoring.holding", m -> shown(m.holding())));
        sheets.add(monthly(d, words, "monitoring.hours", m -> m.hours().<Object>map(h -> h).orElse(SUPPRESSED)));
        sheets.add(monthly(d, words, "monitoring.completionRateTitle", m -> percentOrHidden(m.completion())));
        sheets.add(monthly(d, words, "monitoring.passRateTitle", m -> percentOrHidden(m.passRate())));
        List<List<Object>> organisations = new ArrayList<>();
        d.organisations().forEach((id, name) -> organisations.add(List.of(name, shown(d.byOrganisation().cells().get(id)))));
        organisations.add(List.of(words.of("monitoring.total"), shown(d.byOrganisation().total())));
        sheets.add(new SpreadsheetXlsx.Table(words.of("monitoring.byOrganisation"), List.of(words.of("monitoring.organisation"),
                words.of("monitoring.trained")), organisations));
        String language = words.locale().getLanguage();
        for (Map.Entry<ProfileDimension, Breakdown> split : d.byProfile().entrySet()) {
            List<List<Object>> rows = new ArrayList<>();
            split.getValue().cells().forEach((value, cell) -> rows.add(List.of(split.getKey().label(value, language, words::of), shown(cell))));
            rows.add(List.of(words.of("monitoring.total"), shown(split.getValue().total())));
            String title = words.of("profile." + split.getKey().attribute());
            sheets.add(new SpreadsheetXlsx.Table(title, List.of(title, words.of("monitoring.trained")), rows));
        }
        List<List<Object>> surveyRows = new ArrayList<>();
        for (SurveyRow r : d.surveys()) {
            surveyRows.add(List.of(r.survey().title(), words.of(r.survey().followUp() ? "monitoring.surveys.followUp" : "survey.kind.END_OF_COURSE"),
                    shown(r.asked()), shown(r.answered()), percentOrHidden(r.responseRate()), percentOrHidden(r.practiceChange())));
        }
        sheets.add(new SpreadsheetXlsx.Table(words.of("monitoring.surveys.title"), List.of(words.of("monitoring.surveys.survey"),
                words.of("survey.kind"), words.of("monitoring.surveys.asked"), words.of("monitoring.surveys.answered"),
                words.of("monitoring.responseRateTitle"), words.of("monitoring.practiceChangeTitle")), surveyRows));
        sheets.add(gainSheet(knowledgeGains.get().within(reader, query), words));
        audit.record(reader.username(), "monitoring.exported", "monitoring:indicators", "xlsx " + query.describe());
        return SpreadsheetXlsx.of(sheets);
    }

    /**
     * Knowledge gain per paired pre-test and post-test: people, means before and after, the gain and
     * its 95 % interval, in percent of the marks; a pair of fewer than five people reads "<5" only.
     */
    private static SpreadsheetXlsx.Table gainSheet(List<PairGain> gains, Wording words) {
        List<List<Object>> rows = new ArrayList<>();
        for (PairGain g : gains) {
            KnowledgeGain k = g.overall();
            String part = g.preTestTitle().isEmpty() ? g.postTestTitle() : g.preTestTitle() + " → " + g.postTestTitle();
            if (k.suppressed()) {
                rows.add(List.of(g.course(), part, SUPPRESSED, "", "", "", "", ""));
            } else {
                rows.add(List.of(g.course(), part, (long) k.pairs(), tenth(k.meanBefore()), tenth(k.meanAfter()), tenth(k.meanGain()),
                        k.low().isPresent() ? (Object) tenth(k.low().getAsDouble()) : "", k.high().isPresent() ? (Object) tenth(k.high().getAsDouble()) : ""));
            }
        }
        return new SpreadsheetXlsx.Table(words.of("monitoring.gain.title"), List.of(words.of("monitoring.course"), words.of("monitoring.gain.what"),
                words.of("monitoring.gain.pairs"), words.of("monitoring.gain.before"), words.of("monitoring.gain.after"), words.of("monitoring.gain.gain"),
                words.of("monitoring.gain.low"), words.of("monitoring.gain.high")), rows);
    }

    private static BigDecimal tenth(double value) {
        return BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP);
    }

    private static SpreadsheetXlsx.Table monthly(Dashboard d, Wording words, String indicator, java.util.function.Function<MonthRow, Object> value) {
        List<List<Object>> rows = new ArrayList<>();
        d.months().forEach(m -> rows.add(List.of(m.month().toString(), value.apply(m))));
        return new SpreadsheetXlsx.Table(words.of(indicator), List.of(words.of("monitoring.month"), words.of(indicator)), rows);
    }

    /** What a hidden count is written as in exports. */
    public static final String SUPPRESSED = "<5";

    /** A share as a workbook cell: its percentage, or "<5" when hidden. */
    private static Object percentOrHidden(Share share) {
        return share.percent().<Object>map(p -> p).orElse(SUPPRESSED);
    }

    private static Object shown(Cell c) {
        return c.visible().isPresent() ? (Object) c.visible().getAsLong() : SUPPRESSED;
    }

    /** Whether the reader manages a national programme (every organisation), and so may promise for the whole of it. */
    public boolean readsWholeProgramme(Actor reader) {
        return reach(reader).whole();
    }

    /** The courses the reader may narrow the indicators to: every course counted (a course's name is no one's data). */
    public Map<Long, String> courses(Actor reader) {
        reach(reader);
        return events.courses();
    }

    /** The cohorts the reader may narrow the indicators to, named by course and cohort (a cohort's name is no one's data). */
    public Map<Long, String> cohorts(Actor reader) {
        reach(reader);
        return scopes.cohorts();
    }

    /** The professional bodies the reader may narrow the indicators to. */
    public Map<Long, String> bodies(Actor reader) {
        reach(reader);
        return scopes.bodies();
    }

    /** The organisations the reader may count, for a filter's choices; all of them for a national programme. */
    public Map<Long, String> organisationsWithin(Actor reader) {
        MonitoringReach reach = reach(reader);
        return organisations.all().stream().filter(o -> reach.covers(o.id()))
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a, LinkedHashMap::new));
    }

    /** The reader's query as a filter within their reach, refused field by field where it reaches outside or makes no sense. */
    CountFilter filter(Actor reader, IndicatorQuery query) {
        MonitoringReach reach = reach(reader);
        LocalDate from = query.from();
        LocalDate to = query.to();
        Long organisation = query.organisation();
        if (from == null) {
            throw new InvalidInput("from", "validation.required");
        }
        if (to == null) {
            throw new InvalidInput("to", "validation.required");
        }
        if (YearMonth.from(from).plusMonths(MAX_MONTHS).isBefore(YearMonth.from(to))) {
            throw new InvalidInput("to", "monitoring.period.tooLong", MAX_MONTHS / 12);
        }
        OptionalLong within;
        if (organisation != null) {
            if (!reach.covers(organisation)) {
                throw new InvalidInput("organisation", "monitoring.organisation.outside");
            }
            within = OptionalLong.of(organisation);
        } else {
            within = reach.limitedTo();
        }
        if (from.isAfter(to)) {
            throw new InvalidInput("from", "monitoring.period.order");
        }
        // counted by whole months: the people tallies hold months, and reports to funders speak in them
        return new CountFilter(from.withDayOfMonth(1), YearMonth.from(to).atEndOfMonth(), within, training(query), query.people());
    }

    /** The query's course, cohort and body as one scope; a cohort of another course than the one named, or one never heard of, is refused. */
    private TrainingScope training(IndicatorQuery query) {
        TrainingScope training = query.course() == null ? TrainingScope.ALL : TrainingScope.course(query.course());
        if (query.cohort() != null) {
            long course = scopes.courseOf(query.cohort()).orElseThrow(() -> new InvalidInput("cohort", "monitoring.cohort.unknown"));
            if (query.course() != null && query.course() != course) {
                throw new InvalidInput("cohort", "monitoring.cohort.otherCourse");
            }
            training = training.inCohort(query.cohort(), course);
        }
        if (query.body() != null) {
            training = training.ofBody(query.body(), scopes.coursesOf(query.body()).orElseThrow(() -> new InvalidInput("body", "monitoring.body.unknown")));
        }
        return training;
    }

    /** The reader's reach; refused for anyone who is not a programme manager. */
    MonitoringReach reach(Actor reader) {
        MonitoringReach reach = Username.ifValid(reader.username()).flatMap(accounts::find).map(MonitoringReach::of)
                .orElse(new MonitoringReach(false, -1));
        if (!reach.countsAny()) {
            throw new NotPermitted("monitoring.managersOnly");
        }
        return reach;
    }

    /** One read per item, side by side, in the items' order. */
    <T, R> List<R> alongsideAll(List<T> items, java.util.function.Function<T, R> read) {
        List<CompletableFuture<R>> reads = items.stream().map(item -> alongside(() -> read.apply(item))).toList();
        return reads.stream().map(Indicators::joined).toList();
    }

    private <T> CompletableFuture<T> alongside(Supplier<T> read) {
        return SideBySide.start(executor, read);
    }

    private static <T> T joined(CompletableFuture<T> read) {
        return SideBySide.joined(read);
    }

    private static Cell cell(long people) {
        return Cell.of(people);
    }

    /** Hours signed off for fewer than five people would tell what one of them did: hidden, as their count is. */
    private static Optional<BigDecimal> hours(long people, BigDecimal hours) {
        return Breakdown.small(people) ? Optional.empty() : Optional.of(hours);
    }

}
