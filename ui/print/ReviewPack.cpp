#include "ReviewPack.h"

#include "MapPrinter.h"
#include "PrintContext.h"
#include "domain/LocalFormat.h"

#include "analysis/AccountAnalyzer.h"
#include "analysis/AnalysisReport.h"
#include "analysis/AnalysisStore.h"
#include "board/BoardRenderer.h"
#include "exchange/OutputGuard.h"
#include "exchange/SaveFile.h"
#include "planning/PlanStore.h"
#include "planning/Snapshot.h"
#include "planning/SnapshotComparison.h"
#include "workspace/Workspace.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::ReviewPack", text);
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QFont packFont(qreal points, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Sans Serif")});
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QString lightColour(TrafficLight light)
{
    switch (light) {
    case TrafficLight::Green:
        return QStringLiteral("#2E7D32");
    case TrafficLight::Amber:
        return QStringLiteral("#E69500");
    case TrafficLight::Red:
        return QStringLiteral("#C62828");
    }
    return QStringLiteral("#000000");
}

// A coloured disc and the word, so that a greyscale print still says it.
QString lightHtml(TrafficLight light)
{
    return QStringLiteral("<span style=\"color:%1\">●</span>&nbsp;%2")
        .arg(lightColour(light), esc(displayName(light)));
}

QString dateText(const QDate &date)
{
    return date.isValid() ? LocalFormat::date(date) : QStringLiteral("—");
}

constexpr qreal MarginMm = 16;
constexpr qreal HeaderHeight = 34;
constexpr qreal FooterHeight = 24;

qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * MapPrinter::Dpi;
}

// How the map page shows that mark, for the sentence under the answer.
QString markWords(HighlightKind kind)
{
    switch (kind) {
    case HighlightKind::Check:
        return QCoreApplication::translate("Kingside::ReviewPack",
                                           "On the map: the red ring marked CHECK.");
    case HighlightKind::SingleThreaded:
        return QCoreApplication::translate("Kingside::ReviewPack",
                                           "On the map: orange dashed rings.");
    case HighlightKind::IntroductionPath:
        return QCoreApplication::translate("Kingside::ReviewPack",
                                           "On the map: the blue route and rings.");
    case HighlightKind::HiddenInfluencer:
        return QCoreApplication::translate("Kingside::ReviewPack",
                                           "On the map: the purple eye badges.");
    case HighlightKind::ChangedSinceReview:
        return QCoreApplication::translate("Kingside::ReviewPack",
                                           "On the map: the teal Δ badges.");
    case HighlightKind::Search:
    case HighlightKind::Answer:
        break;
    }
    return {};
}

const char *const TableStyle = "border-collapse:collapse; margin-top:4px; margin-bottom:8px";

// A list of at most ReviewPack::MaxListed items (the analysis lists the worst first) and,
// when there are more, how many were left out (see README, Printed maps, Review pack).
QString cappedList(const QStringList &items)
{
    QString html = QStringLiteral("<ul style=\"margin-top:0\">");
    for (int i = 0; i < items.size() && i < ReviewPack::MaxListed; ++i)
        html += QStringLiteral("<li>%1</li>").arg(esc(items[i]));
    if (items.size() > ReviewPack::MaxListed)
        html += QStringLiteral("<li><i>%1</i></li>")
                    .arg(esc(QCoreApplication::translate("Kingside::ReviewPack",
                                                         "… and %n more (%1 in all).", nullptr,
                                                         int(items.size()) - ReviewPack::MaxListed)
                                 .arg(items.size())));
    return html + QStringLiteral("</ul>");
}

} // namespace

ReviewPack::ReviewPack(const Workspace &workspace, qint64 accountId, const QDate &today)
    : m_workspace(workspace), m_accountId(accountId), m_today(today)
{}

QStringList ReviewPack::sectionTitles()
{
    return {tr("Key questions"), tr("Coverage by department and level"), tr("Account plan"),
            tr("Comments of the last review"), tr("Changes since the previous review")};
}

QString ReviewPack::questionsHtml(QString *error) const
{
    const auto input = AnalysisStore(m_workspace.database()).load(m_accountId, m_today, error);
    if (!input)
        return {};
    const AccountAnalysis analysis = AccountAnalyzer::analyse(*input);
    const AnalysisReport report(*input, analysis);
    QString html = QStringLiteral("<h1>%1</h1>").arg(esc(sectionTitles()[0]));
    for (const Answer &answer : report.answers()) {
        html += QStringLiteral("<h3>%1. %2</h3><p>%3</p>")
                    .arg(answer.id)
                    .arg(esc(answer.question), esc(answer.answer));
        const auto mark = markFor(answer.highlight);
        if (mark && (!answer.personIds.isEmpty() || !answer.relationshipIds.isEmpty()) &&
            !(*mark == HighlightKind::Check && !analysis.king.inCheck))
            html += QStringLiteral("<p><i>%1</i></p>").arg(esc(markWords(*mark)));
        if (!answer.evidence.isEmpty()) {
            QStringList items;
            for (const Evidence &evidence : answer.evidence)
                items.append(evidence.text);
            html += cappedList(items);
        }
    }
    return html;
}

BoardHighlights ReviewPack::mapMarks(QString *error) const
{
    BoardHighlights marks;
    const auto input = AnalysisStore(m_workspace.database()).load(m_accountId, m_today, error);
    if (!input)
        return marks;
    const AccountAnalysis analysis = AccountAnalyzer::analyse(*input);
    const AnalysisReport report(*input, analysis);
    for (const Answer &answer : report.answers()) {
        const auto mark = markFor(answer.highlight);
        if (!mark || (answer.personIds.isEmpty() && answer.relationshipIds.isEmpty()))
            continue;
        if (*mark == HighlightKind::Check) {
            // Only the King, and only when he is in check (question 1 names others too).
            if (analysis.king.inCheck && analysis.king.kingId > 0)
                marks[*mark].people.insert(analysis.king.kingId);
            continue;
        }
        marks[*mark].people.unite(answer.personIds);
        marks[*mark].relationships.unite(answer.relationshipIds);
    }
    return marks;
}

QString ReviewPack::coverageHtml(QString *error) const
{
    const auto input = AnalysisStore(m_workspace.database()).load(m_accountId, m_today, error);
    if (!input)
        return {};
    const AccountAnalysis analysis = AccountAnalyzer::analyse(*input);
    // Columns: departments (and "unknown" when anybody has none); rows: levels.
    QList<std::pair<qint64, QString>> columns;
    for (const Department &department : input->departments)
        columns.append({department.id, department.name});
    QList<std::pair<qint64, QString>> rows;
    for (const Level &level : input->levels)
        rows.append({level.id, level.name});
    QHash<std::pair<qint64, qint64>, std::pair<int, int>> cells; // (dept, level) → people, reached
    QSet<qint64> departmentIds;
    QSet<qint64> levelIds;
    for (const auto &column : columns)
        departmentIds.insert(column.first);
    for (const auto &row : rows)
        levelIds.insert(row.first);
    bool unknownDepartment = false;
    bool unknownLevel = false;
    for (const Person &person : input->people) {
        if (person.isTeam())
            continue;
        const qint64 department =
            departmentIds.contains(person.departmentId) ? person.departmentId : 0;
        const qint64 level = levelIds.contains(person.levelId) ? person.levelId : 0;
        unknownDepartment |= department == 0;
        unknownLevel |= level == 0;
        const PersonFindings *findings = analysis.findingsFor(person.id);
        auto &cell = cells[{department, level}];
        ++cell.first;
        if (findings && !findings->teamContacts.isEmpty())
            ++cell.second;
    }
    if (unknownDepartment)
        columns.append({0, tr("Unknown")});
    if (unknownLevel)
        rows.append({0, tr("Unknown")});

    QString html = QStringLiteral("<h1 style=\"page-break-before: always\">%1</h1>")
                       .arg(esc(sectionTitles()[1]));
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(tr("Each cell: client people reached by a direct line from our team / "
                        "client people in that department and level. Green: everybody "
                        "reached; amber: some; red: nobody; blank: nobody known (whitespace).")));
    html +=
        QStringLiteral(
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" width=\"100%\" style=\"%1\">")
            .arg(QLatin1String(TableStyle));
    html += QStringLiteral("<tr><th bgcolor=\"#E8EEF4\"></th>");
    for (const auto &column : columns)
        html += QStringLiteral("<th bgcolor=\"#E8EEF4\">%1</th>").arg(esc(column.second));
    html += QStringLiteral("<th bgcolor=\"#D6E0EA\">%1</th></tr>").arg(esc(tr("All")));
    QList<std::pair<int, int>> columnTotals(columns.size(), {0, 0});
    std::pair<int, int> total{0, 0};
    auto cellHtml = [](std::pair<int, int> cell, bool bold) {
        if (cell.first == 0)
            return QStringLiteral("<td align=\"center\" bgcolor=\"#F4F4F4\">—</td>");
        const QString colour = cell.second == cell.first ? QStringLiteral("#DCEFD9")
                               : cell.second == 0        ? QStringLiteral("#F6D5D5")
                                                         : QStringLiteral("#FBEBC8");
        const QString text = QStringLiteral("%1 / %2").arg(cell.second).arg(cell.first);
        return QStringLiteral("<td align=\"center\" bgcolor=\"%1\">%2</td>")
            .arg(colour, bold ? QStringLiteral("<b>%1</b>").arg(text) : text);
    };
    for (const auto &row : rows) {
        html += QStringLiteral("<tr><th align=\"left\" bgcolor=\"#E8EEF4\">%1</th>")
                    .arg(esc(row.second));
        std::pair<int, int> rowTotal{0, 0};
        for (int c = 0; c < columns.size(); ++c) {
            const auto cell = cells.value({columns[c].first, row.first}, {0, 0});
            html += cellHtml(cell, false);
            rowTotal.first += cell.first;
            rowTotal.second += cell.second;
            columnTotals[c].first += cell.first;
            columnTotals[c].second += cell.second;
        }
        total.first += rowTotal.first;
        total.second += rowTotal.second;
        html += cellHtml(rowTotal, true) + QStringLiteral("</tr>");
    }
    html +=
        QStringLiteral("<tr><th align=\"left\" bgcolor=\"#D6E0EA\">%1</th>").arg(esc(tr("All")));
    for (const auto &cell : columnTotals)
        html += cellHtml(cell, true);
    html += cellHtml(total, true) + QStringLiteral("</tr></table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("%1 of %2 client people are reached directly by our team.")
                             .arg(total.second)
                             .arg(total.first)));
    return html;
}

QString ReviewPack::planHtml() const
{
    const PlanStore store(m_workspace.database());
    QString html = QStringLiteral("<h1 style=\"page-break-before: always\">%1</h1>")
                       .arg(esc(sectionTitles()[2]));
    if (const auto plan = store.plan(m_accountId)) {
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("Plan version %1.").arg(plan->version)),
                         esc(plan->strategy.isEmpty() ? tr("No strategy written yet.")
                                                      : plan->strategy));
    } else {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("This account has no plan yet.")));
    }
    QHash<qint64, QString> names;
    for (const Person &person : store.teamMembers(m_accountId))
        names.insert(person.id, person.name);
    if (const auto mentor = store.mentor(m_accountId))
        names.insert(mentor->id, mentor->name);

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Objectives")));
    const QList<Objective> objectives = store.objectives(m_accountId);
    QHash<qint64, QString> objectiveTitles;
    if (objectives.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No objectives.")));
    } else {
        html += QStringLiteral("<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" "
                               "width=\"100%\" style=\"%1\">")
                    .arg(QLatin1String(TableStyle));
        html += QStringLiteral(
                    "<tr bgcolor=\"#E8EEF4\"><th>%1</th><th align=\"left\">%2</th><th>%3</th><th "
                    "align=\"left\">%4</th><th>%5</th></tr>")
                    .arg(esc(tr("Light")), esc(tr("Objective")), esc(tr("Kind")),
                         esc(tr("Measure")), esc(tr("Target")));
        for (const Objective &objective : objectives) {
            objectiveTitles.insert(objective.id, objective.title);
            html +=
                QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(lightHtml(objective.light), esc(objective.title),
                         esc(displayName(objective.kind)), esc(objective.measure),
                         dateText(objective.targetDate));
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Actions")));
    const QList<PlanAction> actions = store.actions(m_accountId);
    if (actions.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No actions.")));
    } else {
        int overdue = 0;
        html += QStringLiteral("<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" "
                               "width=\"100%\" style=\"%1\">")
                    .arg(QLatin1String(TableStyle));
        html += QStringLiteral("<tr bgcolor=\"#E8EEF4\"><th align=\"left\">%1</th><th "
                               "align=\"left\">%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(esc(tr("Action")), esc(tr("Owner")), esc(tr("Due")), esc(tr("Status")));
        for (const PlanAction &action : actions) {
            const bool late = action.isOverdue(m_today);
            overdue += late ? 1 : 0;
            QString status = esc(displayName(action.status));
            if (action.status == ActionStatus::Done && action.doneDate.isValid())
                status += QStringLiteral(" %1").arg(dateText(action.doneDate));
            if (late)
                status += QStringLiteral(" <b style=\"color:#C62828\">%1</b>")
                              .arg(esc(tr("OVERDUE %1 d").arg(action.dueDate.daysTo(m_today))));
            QString title = esc(action.title);
            if (action.objectiveId > 0 && objectiveTitles.contains(action.objectiveId))
                title += QStringLiteral("<br/><span style=\"color:#666666\">→ %1</span>")
                             .arg(esc(objectiveTitles.value(action.objectiveId)));
            html += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(late ? QStringLiteral(" bgcolor=\"#FDECEC\"") : QString(), title,
                             esc(action.ownerId > 0 ? names.value(action.ownerId, tr("(removed)"))
                                                    : tr("nobody yet")),
                             dateText(action.dueDate), status);
        }
        html += QStringLiteral("</table>");
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("%1 of %2 actions overdue on %3.")
                                 .arg(overdue)
                                 .arg(actions.size())
                                 .arg(LocalFormat::date(m_today))));
    }
    return html;
}

QString ReviewPack::commentsHtml() const
{
    const PlanStore store(m_workspace.database());
    QString html = QStringLiteral("<h1 style=\"page-break-before: always\">%1</h1>")
                       .arg(esc(sectionTitles()[3]));
    const QList<Review> reviews = store.reviews(m_accountId);
    if (reviews.isEmpty())
        return html +
               QStringLiteral("<p>%1</p>").arg(esc(tr("This account has not been reviewed yet.")));
    const Review &last = reviews.last();
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg(esc(tr("%1 review of %2 by %3")
                             .arg(displayName(last.kind), dateText(last.date),
                                  last.reviewerName.isEmpty() ? tr("an unnamed reviewer")
                                                              : last.reviewerName)));
    if (!last.summary.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(last.summary));
    if (!last.lights.isEmpty()) {
        QStringList lights;
        for (auto it = last.lights.cbegin(); it != last.lights.cend(); ++it)
            lights << QStringLiteral("%1: %2").arg(esc(displayName(it.key())),
                                                   lightHtml(it.value()));
        html += QStringLiteral("<p>%1</p>").arg(lights.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    }
    const QList<ReviewComment> comments = store.comments(m_accountId, last.id);
    if (comments.isEmpty())
        return html +
               QStringLiteral("<p>%1</p>").arg(esc(tr("No comments were made in this review.")));
    html +=
        QStringLiteral(
            "<table border=\"1\" cellpadding=\"3\" cellspacing=\"0\" width=\"100%\" style=\"%1\">")
            .arg(QLatin1String(TableStyle));
    html += QStringLiteral("<tr bgcolor=\"#E8EEF4\"><th align=\"left\">%1</th><th "
                           "align=\"left\">%2</th><th align=\"left\">%3</th></tr>")
                .arg(esc(tr("On")), esc(tr("Comment")), esc(tr("By")));
    for (const ReviewComment &comment : comments) {
        QString target = QStringLiteral("%1: %2").arg(esc(displayName(comment.target)),
                                                      esc(comment.targetLabel));
        if (comment.targetRemoved)
            target += QStringLiteral(" <i>(%1)</i>").arg(esc(tr("removed since")));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(target, esc(comment.body), esc(comment.author));
    }
    return html + QStringLiteral("</table>");
}

QString ReviewPack::comparisonHtml() const
{
    const QSqlDatabase db = m_workspace.database();
    const PlanStore store(db);
    QString html = QStringLiteral("<h1 style=\"page-break-before: always\">%1</h1>")
                       .arg(esc(sectionTitles()[4]));
    const QList<Review> reviews = store.reviews(m_accountId);
    if (reviews.isEmpty())
        return html +
               QStringLiteral("<p>%1</p>").arg(esc(tr("There is no review to compare with.")));
    QString error;
    std::optional<QJsonObject> before;
    std::optional<QJsonObject> after;
    QString intro;
    if (reviews.size() >= 2) {
        before = Snapshot::loadForReview(db, reviews[reviews.size() - 2].id, &error);
        after = Snapshot::loadForReview(db, reviews.last().id, &error);
        intro = tr("The account at the review of %1 compared with the review of %2.")
                    .arg(dateText(reviews.last().date), dateText(reviews[reviews.size() - 2].date));
    } else {
        before = Snapshot::loadForReview(db, reviews.last().id, &error);
        after = Snapshot::capture(db, m_accountId, m_today);
        intro = tr("Only one review so far: the account today compared with the review of %1.")
                    .arg(dateText(reviews.last().date));
    }
    if (!before || !after)
        return html + QStringLiteral("<p>%1</p>")
                          .arg(esc(tr("The reviews cannot be compared: %1").arg(error)));
    const auto comparison = SnapshotComparison::compare(*before, *after, &error);
    if (!comparison)
        return html + QStringLiteral("<p>%1</p>")
                          .arg(esc(tr("The reviews cannot be compared: %1").arg(error)));
    html += QStringLiteral("<p>%1</p>").arg(esc(intro));
    if (comparison->changes().isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing changed.")));
    for (const SnapshotChange::Kind kind : SnapshotComparison::allKinds()) {
        const QList<SnapshotChange> changes = comparison->changesOf(kind);
        if (changes.isEmpty())
            continue;
        html += QStringLiteral("<h3>%1 (%2)</h3>")
                    .arg(esc(SnapshotComparison::kindTitle(kind)))
                    .arg(changes.size());
        QStringList items;
        for (const SnapshotChange &change : changes)
            items.append(SnapshotComparison::describe(change));
        html += cappedList(items);
    }
    return html;
}

QString ReviewPack::sectionsHtml(QString *error) const
{
    QString html = QStringLiteral(
        "<html><head><style>"
        "h1 { font-size: 15pt; color: #1F4E79; margin-top: 14px; margin-bottom: 6px; }"
        "h2 { font-size: 11.5pt; color: #1F4E79; margin-top: 10px; margin-bottom: 4px; }"
        "h3 { font-size: 9.5pt; margin-top: 8px; margin-bottom: 2px; }"
        "p, li, td, th { font-size: 8.5pt; }"
        "</style></head><body>");
    const QString questions = questionsHtml(error);
    if (questions.isEmpty())
        return {};
    const QString coverage = coverageHtml(error);
    if (coverage.isEmpty())
        return {};
    html += questions + coverage + planHtml() + commentsHtml() + comparisonHtml();
    return html + QStringLiteral("</body></html>");
}

bool ReviewPack::write(const PageSetup &setup, const QString &path, QString *error) const
{
    if (const QString refusal = OutputGuard::refusal(path, m_workspace.path());
        !refusal.isEmpty()) {
        if (error)
            *error = refusal;
        return false;
    }
    auto context = PrintContext::load(m_workspace, m_accountId, m_today, error);
    if (!context)
        return false;
    context->highlights = mapMarks(error);
    const QString html = sectionsHtml(error);
    if (html.isEmpty())
        return false;

    // Drawn in memory (a paint device reports no write errors), then written by SaveFile.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(int(MapPrinter::Dpi));
        writer.setTitle(tr("%1 — account review pack").arg(context->data.account.name));
        writer.setCreator(QStringLiteral("Kingside"));
        PageSetup portrait = setup;
        portrait.landscape = false;
        portrait.columns = portrait.rows = 1;
        writer.setPageLayout(portrait.pageLayout());
        const QSizeF portraitSize(writer.width(), writer.height());
        const QRectF body(mm(MarginMm), mm(MarginMm) + HeaderHeight,
                          portraitSize.width() - 2 * mm(MarginMm),
                          portraitSize.height() - 2 * mm(MarginMm) - HeaderHeight - FooterHeight);

        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDefaultFont(packFont(8.5));
        document.setDocumentMargin(0);
        document.setHtml(html);
        document.setPageSize(body.size());
        const int textPages = document.pageCount();
        const int total = 2 + textPages;

        // Where each section starts, for the contents on the cover.
        QList<std::pair<QString, int>> contents{{tr("Relationship map"), 2}};
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() == 1) {
                const qreal top = document.documentLayout()->blockBoundingRect(block).top();
                contents.append({block.text(), 3 + int(top / body.height())});
            }
        }

        QPainter painter;
        if (!painter.begin(&writer)) {
            if (error)
                *error = tr("Cannot start the PDF %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing);
        auto footer = [&](int page, const QSizeF &size) {
            const QRectF f(mm(MarginMm), size.height() - mm(MarginMm) - FooterHeight + 6,
                           size.width() - 2 * mm(MarginMm), FooterHeight - 6);
            painter.setPen(QPen(QColor(0xAA, 0xAA, 0xAA), 0.8));
            painter.drawLine(f.topLeft(), f.topRight());
            painter.setFont(packFont(7.5, true));
            painter.setPen(QColor(0xB0, 0x1E, 0x1E));
            painter.drawText(f, Qt::AlignLeft | Qt::AlignVCenter, MapPrinter::confidentialText());
            painter.setFont(packFont(7.5));
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(f, Qt::AlignHCenter | Qt::AlignVCenter,
                             tr("%1 · account review pack").arg(context->data.account.name));
            painter.drawText(f, Qt::AlignRight | Qt::AlignVCenter,
                             tr("Page %1 of %2").arg(page).arg(total));
        };

        // 1. Cover.
        {
            const qreal left = mm(28);
            const qreal width = portraitSize.width() - 2 * left;
            painter.fillRect(QRectF(0, 0, portraitSize.width(), mm(70)), QColor(0x1F, 0x4E, 0x79));
            painter.setPen(Qt::white);
            painter.setFont(packFont(12));
            painter.drawText(QRectF(left, mm(22), width, 24), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("Account review pack"));
            painter.setFont(packFont(24, true));
            painter.drawText(QRectF(left, mm(32), width, 60),
                             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                             context->data.account.name);
            painter.setPen(QColor(0x22, 0x22, 0x22));
            painter.setFont(packFont(10));
            qreal y = mm(84);
            const PlanStore store(m_workspace.database());
            const QList<Review> reviews = store.reviews(m_accountId);
            QList<std::pair<QString, QString>> facts{
                {tr("Tier"), context->tier.isEmpty() ? tr("not scored") : context->tier},
                {tr("Lifecycle stage"), context->stage},
                {tr("Industry"), context->data.account.industry},
                {tr("Date"), QLocale().toString(context->today, QLocale::LongFormat)},
                {tr("Workspace"), context->workspaceName},
                {tr("People"), tr("%1 client people, %2 of our team, %3 relationships")
                                   .arg(context->data.clients.size())
                                   .arg(context->data.team.size())
                                   .arg(context->data.relationships.size())},
                {tr("Last review"), reviews.isEmpty() ? tr("none yet")
                                                      : tr("%1 by %2")
                                                            .arg(dateText(reviews.last().date),
                                                                 reviews.last().reviewerName)}};
            for (const auto &[label, value] : facts) {
                painter.setFont(packFont(10, true));
                painter.drawText(QRectF(left, y, 150, 22), Qt::AlignLeft | Qt::AlignVCenter, label);
                painter.setFont(packFont(10));
                painter.drawText(QRectF(left + 150, y, width - 150, 22),
                                 Qt::AlignLeft | Qt::AlignVCenter, value);
                y += 24;
            }
            y += 24;
            painter.setFont(packFont(13, true));
            painter.setPen(QColor(0x1F, 0x4E, 0x79));
            painter.drawText(QRectF(left, y, width, 26), Qt::AlignLeft | Qt::AlignVCenter,
                             tr("Contents"));
            y += 32;
            painter.setPen(QColor(0x22, 0x22, 0x22));
            painter.setFont(packFont(10));
            for (const auto &[title, page] : contents) {
                painter.drawText(QRectF(left, y, width - 40, 22), Qt::AlignLeft | Qt::AlignVCenter,
                                 title);
                painter.drawText(QRectF(left, y, width, 22), Qt::AlignRight | Qt::AlignVCenter,
                                 QString::number(page));
                painter.setPen(QPen(QColor(0xCC, 0xCC, 0xCC), 0.6, Qt::DotLine));
                painter.drawLine(QPointF(left, y + 20), QPointF(left + width, y + 20));
                painter.setPen(QColor(0x22, 0x22, 0x22));
                y += 24;
            }
            footer(1, portraitSize);
        }

        // 2. The board, on the paper turned to suit it.
        {
            PageSetup boardSetup = portrait;
            const BoardRenderer renderer(context->data);
            const QSizeF natural = renderer.naturalSize({}, true);
            boardSetup.landscape = natural.width() >= natural.height();
            writer.setPageLayout(boardSetup.pageLayout());
            writer.newPage();
            const MapPrinter printer(*context, boardSetup);
            printer.paintPage(&painter, QSizeF(writer.width(), writer.height()), 0, 0, 2, total);
        }

        // 3 …: the text, page by page.
        writer.setPageLayout(portrait.pageLayout());
        for (int page = 0; page < textPages; ++page) {
            writer.newPage();
            painter.setPen(QColor(0x1F, 0x4E, 0x79));
            painter.setFont(packFont(9, true));
            const QRectF header(mm(MarginMm), mm(MarginMm), body.width(), HeaderHeight - 10);
            painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter,
                             tr("%1 — account review pack").arg(context->data.account.name));
            painter.setFont(packFont(8));
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter,
                             QLocale().toString(context->today, QLocale::LongFormat));
            painter.setPen(QPen(QColor(0x1F, 0x4E, 0x79), 1.2));
            painter.drawLine(header.bottomLeft(), header.bottomRight());

            painter.save();
            painter.translate(body.left(), body.top() - page * body.height());
            const QRectF clip(0, page * body.height(), body.width(), body.height());
            painter.setClipRect(clip);
            QAbstractTextDocumentLayout::PaintContext paint;
            paint.clip = clip;
            paint.palette.setColor(QPalette::Text, QColor(0x1A, 0x1A, 0x1A));
            document.documentLayout()->draw(&painter, paint);
            painter.restore();
            footer(3 + page, portraitSize);
        }
        if (!painter.end()) {
            if (error)
                *error = tr("Cannot finish the PDF %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    QString problem;
    if (!SaveFile::write(path, buffer.data(), &problem)) {
        if (error)
            *error = problem;
        return false;
    }
    return true;
}

} // namespace Kingside
