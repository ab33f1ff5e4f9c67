#include "CommandLine.h"

#include "planning/PlanStore.h"
#include "planning/ReviewSchedule.h"
#include "planning/Snapshot.h"
#include "planning/SnapshotComparison.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kingside::Cli {

namespace {
int runReview(const QStringList &arguments);
const Registrar registrar(
    {"review",
     QT_TRANSLATE_NOOP("Kingside::Cli", "List an account's mentor reviews or compare two of them"),
     false, runReview, 60});

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::Cli", text);
}

QJsonObject reviewJson(const PlanStore &store, const Review &review, bool hasSnapshot)
{
    QJsonObject lights;
    for (auto it = review.lights.cbegin(); it != review.lights.cend(); ++it)
        lights.insert(codeOf(it.key()), codeOf(it.value()));
    QJsonArray comments;
    for (const ReviewComment &comment : store.comments(review.accountId, review.id)) {
        QJsonObject object;
        object.insert(QStringLiteral("target_kind"), codeOf(comment.target));
        object.insert(QStringLiteral("target_id"), comment.targetId);
        object.insert(QStringLiteral("target_label"), comment.targetLabel);
        object.insert(QStringLiteral("target_removed"), comment.targetRemoved);
        object.insert(QStringLiteral("author"), comment.author);
        object.insert(QStringLiteral("body"), comment.body);
        comments.append(object);
    }
    QJsonArray agreed;
    for (const PlanAction &action : store.actions(review.accountId)) {
        if (action.reviewId != review.id)
            continue;
        QJsonObject object;
        object.insert(QStringLiteral("title"), action.title);
        object.insert(QStringLiteral("due_date"), action.dueDate.toString(Qt::ISODate));
        object.insert(QStringLiteral("status"), codeOf(action.status));
        agreed.append(object);
    }
    QJsonObject object;
    object.insert(QStringLiteral("date"), review.date.toString(Qt::ISODate));
    object.insert(QStringLiteral("reviewer"), review.reviewerName);
    object.insert(QStringLiteral("kind"), codeOf(review.kind));
    object.insert(QStringLiteral("summary"), review.summary);
    object.insert(QStringLiteral("traffic_lights"), lights);
    object.insert(QStringLiteral("comments"), comments);
    object.insert(QStringLiteral("agreed_actions"), agreed);
    object.insert(QStringLiteral("has_snapshot"), hasSnapshot);
    return object;
}

int listReviews(const Workspace &workspace, const Account &account, const QDate &today, bool json)
{
    const QSqlDatabase db = workspace.database();
    const PlanStore store(db);
    const QList<Review> reviews = store.reviews(account.id);
    if (json) {
        QJsonArray list;
        for (const Review &review : reviews) {
            QString ignored;
            list.append(reviewJson(store, review,
                                   Snapshot::loadForReview(db, review.id, &ignored).has_value()));
        }
        out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const ReviewStatus status = ReviewSchedule::status(db, account.id, today);
    out() << tr("%1 — mentor %2, reviewed every %3 months")
                 .arg(account.name, status.mentorName.isEmpty() ? tr("(none)") : status.mentorName)
                 .arg(status.cadenceMonths)
          << Qt::endl;
    out() << tr("Next plan review due %1%2")
                 .arg(status.nextReview.toString(Qt::ISODate),
                      status.overdue ? tr(" — OVERDUE") : QString())
          << Qt::endl;
    if (reviews.isEmpty())
        out() << tr("No reviews recorded.") << Qt::endl;
    for (const Review &review : reviews) {
        QStringList lights;
        for (auto it = review.lights.cbegin(); it != review.lights.cend(); ++it)
            lights.append(QStringLiteral("%1 %2").arg(codeOf(it.key()), codeOf(it.value())));
        out() << QStringLiteral("\n%1  %2  %3\n  %4\n")
                     .arg(review.date.toString(Qt::ISODate), displayName(review.kind),
                          review.reviewerName, lights.join(QStringLiteral(", ")));
        if (!review.summary.isEmpty())
            out() << QStringLiteral("  %1\n").arg(review.summary);
        for (const ReviewComment &comment : store.comments(account.id, review.id))
            out() << QStringLiteral("  - [%1: %2%3] %4\n")
                         .arg(codeOf(comment.target), comment.targetLabel,
                              comment.targetRemoved ? tr(", removed item") : QString(),
                              comment.body);
    }
    out().flush();
    return Ok;
}

// A review date (the latest review recorded that day) or "now".
std::optional<QJsonObject> snapshotAt(const Workspace &workspace, const Account &account,
                                      const QString &when, const QDate &today, int *exitCode)
{
    const QSqlDatabase db = workspace.database();
    if (when.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0)
        return Snapshot::capture(db, account.id, today);
    const QDate date = QDate::fromString(when, Qt::ISODate);
    const PlanStore store(db);
    const QList<Review> onDay =
        date.isValid() ? store.reviewsOn(account.id, date) : QList<Review>{};
    if (onDay.isEmpty()) {
        QStringList dates;
        for (const Review &review : store.reviews(account.id))
            dates.append(review.date.toString(Qt::ISODate));
        err() << (date.isValid() ? tr("No review of “%1” on %2.").arg(account.name, when)
                                 : tr("“%1” is neither a date (YYYY-MM-DD) nor “now”.").arg(when))
              << Qt::endl
              << (dates.isEmpty() ? tr("This account has no reviews yet.")
                                  : tr("Review dates: %1").arg(dates.join(QStringLiteral(", "))))
              << Qt::endl;
        *exitCode = BadInput;
        return std::nullopt;
    }
    QString error;
    auto snapshot = Snapshot::loadForReview(db, onDay.last().id, &error);
    if (!snapshot) {
        err() << tr("The review of %1 cannot be compared: %2").arg(when, error) << Qt::endl;
        *exitCode = Failed;
    }
    return snapshot;
}

// Across the portfolio: overdue reviews, overdue actions, objectives at red.
int portfolio(const Workspace &workspace, const QDate &today, bool json)
{
    const QSqlDatabase db = workspace.database();
    const PlanStore store(db);
    QHash<qint64, QString> accountNames;
    for (const Account &account : AccountStore(db).accounts())
        accountNames.insert(account.id, account.name);
    QHash<qint64, QString> personNames;
    auto nameOf = [&](qint64 personId) {
        if (personId <= 0)
            return QString();
        if (!personNames.contains(personId))
            personNames.insert(personId, PersonStore(db).person(personId).value_or(Person{}).name);
        return personNames.value(personId);
    };
    const QList<ReviewStatus> reviews = ReviewSchedule::overdue(db, today);
    const QList<PlanAction> actions = store.overdueActions(today);
    const QList<Objective> objectives = store.redObjectives();
    if (json) {
        QJsonArray reviewList;
        for (const ReviewStatus &status : reviews)
            reviewList.append(QJsonObject{
                {QStringLiteral("account"), status.accountName},
                {QStringLiteral("mentor"), status.mentorName},
                {QStringLiteral("last_review"), status.lastReview.toString(Qt::ISODate)},
                {QStringLiteral("next_review"), status.nextReview.toString(Qt::ISODate)},
                {QStringLiteral("days_overdue"), status.daysOverdue}});
        QJsonArray actionList;
        for (const PlanAction &action : actions)
            actionList.append(
                QJsonObject{{QStringLiteral("account"), accountNames.value(action.accountId)},
                            {QStringLiteral("title"), action.title},
                            {QStringLiteral("owner"), nameOf(action.ownerId)},
                            {QStringLiteral("due_date"), action.dueDate.toString(Qt::ISODate)},
                            {QStringLiteral("status"), codeOf(action.status)}});
        QJsonArray objectiveList;
        for (const Objective &objective : objectives)
            objectiveList.append(QJsonObject{
                {QStringLiteral("account"), accountNames.value(objective.accountId)},
                {QStringLiteral("title"), objective.title},
                {QStringLiteral("kind"), codeOf(objective.kind)},
                {QStringLiteral("target_date"), objective.targetDate.toString(Qt::ISODate)}});
        out() << QJsonDocument(QJsonObject{{QStringLiteral("overdue_reviews"), reviewList},
                                           {QStringLiteral("overdue_actions"), actionList},
                                           {QStringLiteral("red_objectives"), objectiveList}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    out() << tr("Reviews overdue (%1)").arg(reviews.size()) << Qt::endl;
    for (const ReviewStatus &status : reviews)
        out() << QStringLiteral("  %1: due %2, %3 days overdue\n")
                     .arg(status.accountName, status.nextReview.toString(Qt::ISODate))
                     .arg(status.daysOverdue);
    out() << tr("Actions overdue (%1)").arg(actions.size()) << Qt::endl;
    for (const PlanAction &action : actions)
        out() << QStringLiteral("  %1: %2 (%3, due %4)\n")
                     .arg(accountNames.value(action.accountId), action.title,
                          nameOf(action.ownerId), action.dueDate.toString(Qt::ISODate));
    out() << tr("Objectives at red (%1)").arg(objectives.size()) << Qt::endl;
    for (const Objective &objective : objectives)
        out() << QStringLiteral("  %1: %2\n")
                     .arg(accountNames.value(objective.accountId), objective.title);
    out().flush();
    return Ok;
}

int runReview(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("List the mentor's reviews of an account, or compare the account at two reviews "
           "(or at a review and now): people joined or left, attitudes and pieces, lines "
           "gained, lost, strengthened or weakened, figures, actions done or late."));
    parser.addHelpOption();
    const QCommandLineOption account(QStringLiteral("account"), tr("The account, by name."),
                                     tr("NAME"));
    const QCommandLineOption list(QStringLiteral("list"), tr("List the reviews, oldest first."));
    const QCommandLineOption compare(
        QStringLiteral("compare"),
        tr("Compare the snapshots at A and B: review dates (YYYY-MM-DD) or “now”."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Write JSON."));
    const QCommandLineOption portfolioOption(
        QStringLiteral("portfolio"),
        tr("Across all accounts: overdue reviews, overdue actions and objectives at red."));
    const QCommandLineOption today(QStringLiteral("today"),
                                   tr("The date to treat as today (default: the system date)."),
                                   tr("YYYY-MM-DD"));
    parser.addOptions({account, list, compare, json, today, portfolioOption});
    parser.addPositionalArgument(QStringLiteral("WORKSPACE"), tr("The workspace file."));
    parser.addPositionalArgument(QStringLiteral("A B"), tr("With --compare: what to compare."),
                                 QStringLiteral("[A B]"));
    const QString usage = tr("usage: kingside review WORKSPACE --account NAME --list [--json]\n"
                             "       kingside review WORKSPACE --account NAME --compare A B "
                             "[--json]\n"
                             "       kingside review WORKSPACE --portfolio [--json]");
    if (const auto stop = parseArguments(parser, arguments, usage))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    const bool listing = parser.isSet(list);
    const bool comparing = parser.isSet(compare);
    const bool wholePortfolio = parser.isSet(portfolioOption);
    const int modes = int(listing) + int(comparing) + int(wholePortfolio);
    if (modes != 1 || parser.isSet(account) == wholePortfolio ||
        positional.size() != (comparing ? 3 : 1)) {
        err() << usage << Qt::endl;
        return BadInput;
    }
    QDate day = QDate::currentDate();
    if (parser.isSet(today)) {
        day = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!day.isValid()) {
            err() << tr("“%1” is not a date (YYYY-MM-DD).").arg(parser.value(today)) << Qt::endl;
            return BadInput;
        }
    }

    Workspace workspace;
    if (!workspace.open(positional.first(), Workspace::Mode::ReadOnly)) {
        err() << tr("Cannot open %1: %2").arg(positional.first(), workspace.errorString())
              << Qt::endl;
        return Failed;
    }
    if (wholePortfolio)
        return portfolio(workspace, day, parser.isSet(json));
    const auto found = AccountStore(workspace.database()).accountByName(parser.value(account));
    if (!found) {
        QStringList names;
        for (const Account &candidate : AccountStore(workspace.database()).accounts())
            names.append(candidate.name);
        err() << tr("No account named “%1” in %2.").arg(parser.value(account), positional.first())
              << Qt::endl
              << tr("Accounts: %1").arg(names.join(QStringLiteral(", "))) << Qt::endl;
        return BadInput;
    }
    if (listing)
        return listReviews(workspace, *found, day, parser.isSet(json));

    int exitCode = Ok;
    const auto before = snapshotAt(workspace, *found, positional[1], day, &exitCode);
    if (!before)
        return exitCode;
    const auto after = snapshotAt(workspace, *found, positional[2], day, &exitCode);
    if (!after)
        return exitCode;
    QString error;
    const auto comparison = SnapshotComparison::compare(*before, *after, &error);
    if (!comparison) {
        err() << error << Qt::endl;
        return BadInput;
    }
    if (parser.isSet(json))
        out() << QJsonDocument(comparison->toJson()).toJson(QJsonDocument::Indented);
    else
        out() << comparison->toText();
    out().flush();
    return Ok;
}

} // namespace

} // namespace Kingside::Cli
