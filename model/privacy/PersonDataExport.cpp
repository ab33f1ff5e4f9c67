#include "PersonDataExport.h"

#include "PersonTraces.h"
#include "PrivacyStore.h"
#include "planning/PlanStore.h"
#include "planning/Snapshot.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/RowSet.h"
#include "workspace/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlRecord>

namespace Kingside {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Kingside::PersonDataExport", text);
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

// Every column as stored (NULL as null), so that a column added later is exported too.
QJsonObject recordJson(const QSqlRecord &record)
{
    QJsonObject object;
    for (int i = 0; i < record.count(); ++i)
        object.insert(record.fieldName(i),
                      record.isNull(i) ? QJsonValue() : QJsonValue::fromVariant(record.value(i)));
    return object;
}

QJsonObject commentJson(const ReviewComment &comment)
{
    return QJsonObject{{QStringLiteral("id"), comment.id},
                       {QStringLiteral("review_id"), comment.reviewId},
                       {QStringLiteral("target_kind"), codeOf(comment.target)},
                       {QStringLiteral("target_id"), comment.targetId},
                       {QStringLiteral("target_label"), comment.targetLabel},
                       {QStringLiteral("author"), comment.author},
                       {QStringLiteral("body"), comment.body},
                       {QStringLiteral("created_at"), comment.createdAt}};
}

bool sameName(const QString &a, const QString &b)
{
    return a.simplified().compare(b.simplified(), Qt::CaseInsensitive) == 0;
}

} // namespace

QList<Person> PersonDataExport::peopleNamed(const QSqlDatabase &db, qint64 accountId,
                                            const QString &name)
{
    QList<Person> found;
    for (const Person &person : PersonStore(db).people(accountId)) {
        if (sameName(person.name, name))
            found.append(person);
    }
    return found;
}

std::optional<QJsonObject> PersonDataExport::collect(const QSqlDatabase &db, qint64 personId,
                                                     QString *error)
{
    const PersonStore people(db);
    const auto person = people.person(personId);
    QString sqlError;
    const RowSet row = RowSet::capture(db, QStringLiteral("people"), QStringLiteral("id = ?"),
                                       {personId}, &sqlError);
    if (!person || row.isEmpty()) {
        *error = sqlError.isEmpty() ? tr("There is no person with id %1.").arg(personId) : sqlError;
        return std::nullopt;
    }
    const qint64 accountId = person->accountId;
    const AccountStore accounts(db);
    const PlanStore plan(db);
    const PrivacyStore privacy(db);
    const PersonTraces traces(*person);

    QJsonObject document;
    document.insert(QStringLiteral("kind"), QLatin1String(DocumentKind));
    document.insert(QStringLiteral("format"), CurrentFormat);
    document.insert(QStringLiteral("exported_at"), Sql::nowStamp());
    const auto account = accounts.account(accountId);
    document.insert(QStringLiteral("account"),
                    QJsonObject{{QStringLiteral("id"), accountId},
                                {QStringLiteral("name"), account ? account->name : QString()}});

    QJsonObject personObject = recordJson(row.rows().first());
    for (const Department &department : accounts.departments(accountId)) {
        if (department.id == person->departmentId)
            personObject.insert(QStringLiteral("department_name"), department.name);
    }
    for (const Level &level : accounts.levels(accountId)) {
        if (level.id == person->levelId)
            personObject.insert(QStringLiteral("level_name"), level.name);
    }
    document.insert(QStringLiteral("person"), personObject);
    document.insert(QStringLiteral("favoured_competitor"),
                    person->competitorId > 0
                        ? QJsonValue(people.competitorName(person->competitorId))
                        : QJsonValue());

    QHash<qint64, QString> names;
    for (const Person &other : people.people(accountId))
        names.insert(other.id, other.name);
    const RowSet lines = RowSet::capture(db, QStringLiteral("relationships"),
                                         QStringLiteral("from_id = ? OR to_id = ? ORDER BY id"),
                                         {personId, personId}, &sqlError);
    QJsonArray relationships;
    QSet<qint64> lineIds;
    for (const QSqlRecord &line : lines.rows()) {
        QJsonObject object = recordJson(line);
        const qint64 from = line.value(QStringLiteral("from_id")).toLongLong();
        const qint64 other =
            from == personId ? line.value(QStringLiteral("to_id")).toLongLong() : from;
        object.insert(QStringLiteral("direction"),
                      from == personId ? QStringLiteral("from") : QStringLiteral("to"));
        object.insert(QStringLiteral("other_id"), other);
        object.insert(QStringLiteral("other_name"), names.value(other));
        relationships.append(object);
        lineIds.insert(line.value(QStringLiteral("id")).toLongLong());
    }
    document.insert(QStringLiteral("relationships"), relationships);

    QJsonArray roles;
    for (const PrivacyStore::ProductRoleRow &role : privacy.productRoles(personId))
        roles.append(QJsonObject{{QStringLiteral("product"), role.product},
                                 {QStringLiteral("role"), role.role}});
    document.insert(QStringLiteral("product_roles"), roles);

    QJsonArray actions;
    for (const PlanAction &action : plan.actions(accountId)) {
        const bool owns = action.ownerId == personId;
        const bool linked = action.personId == personId;
        if (!owns && !linked)
            continue;
        actions.append(QJsonObject{{QStringLiteral("id"), action.id},
                                   {QStringLiteral("title"), action.title},
                                   {QStringLiteral("owner"), owns},
                                   {QStringLiteral("linked_person"), linked},
                                   {QStringLiteral("due_date"), dateValue(action.dueDate)},
                                   {QStringLiteral("status"), codeOf(action.status)},
                                   {QStringLiteral("done_date"), dateValue(action.doneDate)},
                                   {QStringLiteral("created_at"), action.createdAt}});
    }
    document.insert(QStringLiteral("plan_actions"), actions);

    QJsonArray aboutThem;
    QJsonArray signedByThem;
    for (const ReviewComment &comment : plan.comments(accountId)) {
        if ((comment.target == CommentTarget::Person && comment.targetId == personId) ||
            (comment.target == CommentTarget::Relationship && lineIds.contains(comment.targetId)))
            aboutThem.append(commentJson(comment));
        else if (sameName(comment.author, person->name))
            signedByThem.append(commentJson(comment));
    }
    document.insert(QStringLiteral("comments"), aboutThem);
    document.insert(QStringLiteral("comments_written"), signedByThem);

    QJsonArray reviews;
    for (const Review &review : plan.reviews(accountId)) {
        if (review.reviewerId != personId && !sameName(review.reviewerName, person->name))
            continue;
        reviews.append(QJsonObject{{QStringLiteral("id"), review.id},
                                   {QStringLiteral("date"), dateValue(review.date)},
                                   {QStringLiteral("kind"), codeOf(review.kind)},
                                   {QStringLiteral("reviewer_name"), review.reviewerName},
                                   {QStringLiteral("summary"), review.summary}});
    }
    document.insert(QStringLiteral("reviews_written"), reviews);

    QJsonArray agreements;
    for (const PlanAgreement &agreement : plan.agreements(accountId)) {
        if (agreement.personId == personId)
            agreements.append(QJsonObject{{QStringLiteral("plan_version"), agreement.planVersion},
                                          {QStringLiteral("agreed_at"), agreement.agreedAt}});
    }
    document.insert(QStringLiteral("plan_agreements"), agreements);

    QJsonArray snapshots;
    for (const PrivacyStore::SnapshotRow &stored : privacy.snapshots(accountId)) {
        QString readError;
        const auto snapshot = Snapshot::read(stored.data, &readError);
        QJsonObject entry{{QStringLiteral("id"), stored.id},
                          {QStringLiteral("taken_at"), stored.takenAt},
                          {QStringLiteral("label"), stored.label},
                          {QStringLiteral("review_id"), stored.reviewId}};
        if (!snapshot) {
            // Unreadable: exported whole if it names them, so nothing is held back.
            if (!traces.mentions(QString::fromUtf8(stored.data)))
                continue;
            entry.insert(QStringLiteral("unreadable"), readError);
            entry.insert(QStringLiteral("data"), QString::fromUtf8(stored.data));
        } else {
            if (!traces.isIn(*snapshot))
                continue;
            entry.insert(QStringLiteral("about_person"), traces.snapshotAbout(*snapshot));
        }
        snapshots.append(entry);
    }
    document.insert(QStringLiteral("snapshots"), snapshots);

    // Their name, e-mail or phone typed into notes, titles and summaries elsewhere.
    QJsonArray mentions;
    for (const PrivacyStore::TextColumn &column : PrivacyStore::freeTextColumns()) {
        for (const PrivacyStore::TextCell &cell : privacy.textCells(column, accountId)) {
            if (column.table == QLatin1String("people") && cell.key == personId)
                continue; // their own row is exported above
            if (traces.mentions(cell.text))
                mentions.append(QJsonObject{{QStringLiteral("table"), column.table},
                                            {QStringLiteral("column"), column.column},
                                            {QStringLiteral("row"), cell.key},
                                            {QStringLiteral("text"), cell.text}});
        }
    }
    document.insert(QStringLiteral("mentions"), mentions);
    return document;
}

QByteArray PersonDataExport::toJson(const QJsonObject &document)
{
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

bool PersonDataExport::write(const QJsonObject &document, const QString &path, QString *error)
{
    const QString shown = QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path));
    const QByteArray content = toJson(document);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("%1 cannot be written: %2").arg(shown, file.errorString());
        return false;
    }
    // Set on the temporary file before a byte is written, so the data is never readable
    // by others, not even while it is being written.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("%1 cannot be made private to its owner: %2").arg(shown, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (file.write(content) != content.size() || !file.commit()) {
        *error = tr("%1 could not be written completely (%2); the previous file, if any, is "
                    "unchanged.")
                     .arg(shown, file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace Kingside
