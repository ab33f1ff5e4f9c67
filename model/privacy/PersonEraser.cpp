#include "PersonEraser.h"

#include "PersonTraces.h"
#include "PrivacyStore.h"
#include "planning/PlanStore.h"
#include "planning/Snapshot.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"
#include "workspace/TransactionGuard.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QUndoStack>

namespace Kingside {
namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Kingside::PersonEraser", text, disambiguation, n);
}

// The relationships, comments and actions an erase touches, read before it starts.
struct Reach
{
    QList<qint64> lines;
    int comments = 0;
    int actions = 0;
    int reviews = 0;
    int agreements = 0;
};

Reach reachOf(const QSqlDatabase &db, const Person &person)
{
    Reach reach;
    for (const Relationship &line : PersonStore(db).relationships(person.accountId)) {
        if (line.fromId == person.id || line.toId == person.id)
            reach.lines.append(line.id);
    }
    const PlanStore plan(db);
    for (const ReviewComment &comment : plan.comments(person.accountId)) {
        if ((comment.target == CommentTarget::Person && comment.targetId == person.id) ||
            (comment.target == CommentTarget::Relationship &&
             reach.lines.contains(comment.targetId)))
            ++reach.comments;
    }
    for (const PlanAction &action : plan.actions(person.accountId)) {
        if (action.ownerId == person.id || action.personId == person.id)
            ++reach.actions;
    }
    for (const Review &review : plan.reviews(person.accountId)) {
        if (review.reviewerId == person.id)
            ++reach.reviews;
    }
    for (const PlanAgreement &agreement : plan.agreements(person.accountId)) {
        if (agreement.personId == person.id)
            ++reach.agreements;
    }
    return reach;
}

QStringList backupCopiesOf(const QString &workspacePath)
{
    const QFileInfo info(workspacePath);
    QStringList copies;
    const QDir folder = info.absoluteDir();
    for (const QString &name :
         folder.entryList({info.fileName() + QStringLiteral(".schema*.bak")}, QDir::Files))
        copies.append(folder.filePath(name));
    return copies;
}

} // namespace

QString PersonErasure::describe(bool done) const
{
    QStringList parts;
    const auto count = [&parts](int n, const char *text) {
        if (n > 0)
            parts.append(tr(text, nullptr, n));
    };
    count(relationships, QT_TRANSLATE_N_NOOP("Kingside::PersonEraser", "%n relationship(s)"));
    count(productRoles, QT_TRANSLATE_N_NOOP("Kingside::PersonEraser", "%n product role(s)"));
    count(comments, QT_TRANSLATE_N_NOOP("Kingside::PersonEraser",
                                        "%n comment(s) on them or their relationships"));
    count(agreements, QT_TRANSLATE_N_NOOP("Kingside::PersonEraser", "%n plan agreement(s)"));
    count(actionsUnlinked,
          QT_TRANSLATE_N_NOOP("Kingside::PersonEraser",
                              "%n plan action(s) unlinked from them (the actions stay)"));
    count(reviewsWritten,
          QT_TRANSLATE_N_NOOP("Kingside::PersonEraser",
                              "%n review(s) they wrote, kept and signed “(erased person)”"));
    count(snapshots,
          QT_TRANSLATE_N_NOOP("Kingside::PersonEraser", "%n snapshot(s) rewritten without them"));
    count(textMentions,
          QT_TRANSLATE_N_NOOP("Kingside::PersonEraser",
                              "%n mention(s) of their name, e-mail or phone in notes, titles and "
                              "comments replaced by “(erased person)”"));
    QString text =
        done ? tr("Erased “%1” (id %2) from “%3”.").arg(person.name).arg(person.id).arg(accountName)
             : tr("Erasing “%1” (id %2) from “%3” removes them and:")
                   .arg(person.name)
                   .arg(person.id)
                   .arg(accountName);
    if (!parts.isEmpty())
        text += QLatin1Char('\n') + (done ? tr("Also gone: ") : QString()) + QStringLiteral("- ") +
                parts.join(QStringLiteral("\n- "));
    else if (!done)
        text += QLatin1Char('\n') + tr("- nothing else: they have no relationships, comments, "
                                       "actions, reviews or snapshots.");
    text += QLatin1Char('\n') +
            (done ? tr("The deleted data was overwritten and the file compacted. This cannot be "
                       "undone.")
                  : tr("This cannot be undone: the undo history is cleared and the deleted "
                       "data is overwritten in the file."));
    if (!backupCopies.isEmpty())
        text += QLatin1Char('\n') +
                tr("Backup copies made before upgrades still hold them; delete these files: %1")
                    .arg(backupCopies.join(QStringLiteral(", ")));
    if (!wipeProblem.isEmpty())
        text += QLatin1Char('\n') + wipeProblem;
    return text;
}

std::optional<PersonErasure> PersonEraser::preview(qint64 personId, QString *error) const
{
    if (!m_workspace.isOpen()) {
        *error = tr("No workspace is open.");
        return std::nullopt;
    }
    const QSqlDatabase db = m_workspace.database();
    const auto person = PersonStore(db).person(personId);
    if (!person) {
        *error = tr("There is no person with id %1.").arg(personId);
        return std::nullopt;
    }
    PersonErasure erasure;
    erasure.person = *person;
    erasure.accountName = AccountStore(db).account(person->accountId).value_or(Account{}).name;
    const Reach reach = reachOf(db, *person);
    erasure.relationships = int(reach.lines.size());
    erasure.comments = reach.comments;
    erasure.actionsUnlinked = reach.actions;
    erasure.reviewsWritten = reach.reviews;
    erasure.agreements = reach.agreements;
    const PrivacyStore privacy(db);
    erasure.productRoles = int(privacy.productRoles(personId).size());
    const PersonTraces traces(*person);
    for (const PrivacyStore::SnapshotRow &stored : privacy.snapshots(person->accountId)) {
        QString ignored;
        const auto snapshot = Snapshot::read(stored.data, &ignored);
        if (snapshot ? traces.isIn(*snapshot) : traces.mentions(QString::fromUtf8(stored.data)))
            ++erasure.snapshots;
    }
    for (const PrivacyStore::TextColumn &column : PrivacyStore::freeTextColumns()) {
        for (const PrivacyStore::TextCell &cell : privacy.textCells(column, person->accountId)) {
            // Their own row and their relationships are deleted, not rewritten.
            if ((column.table == QLatin1String("people") && cell.key == personId) ||
                (column.table == QLatin1String("relationships") && reach.lines.contains(cell.key)))
                continue;
            int replaced = 0;
            traces.scrubbed(cell.text, &replaced);
            erasure.textMentions += replaced;
        }
    }
    // Text in comments that the erase deletes is not a mention left behind.
    const PlanStore plan(db);
    for (const ReviewComment &comment : plan.comments(person->accountId)) {
        if ((comment.target == CommentTarget::Person && comment.targetId == personId) ||
            (comment.target == CommentTarget::Relationship &&
             reach.lines.contains(comment.targetId))) {
            for (const QString &text : {comment.targetLabel, comment.author, comment.body}) {
                int replaced = 0;
                traces.scrubbed(text, &replaced);
                erasure.textMentions -= replaced;
            }
        }
    }
    // Nor is the signature of a review they wrote, which is replaced as a whole.
    for (const Review &review : plan.reviews(person->accountId)) {
        if (review.reviewerId == personId) {
            int replaced = 0;
            traces.scrubbed(review.reviewerName, &replaced);
            erasure.textMentions -= replaced;
        }
    }
    erasure.backupCopies = backupCopiesOf(m_workspace.path());
    return erasure;
}

std::optional<PersonErasure> PersonEraser::erase(qint64 personId, QString *error)
{
    QString why;
    if (!m_workspace.mayWrite(false, &why)) {
        *error =
            why + QLatin1Char(' ') + tr("Erasing a person needs the workspace open for editing.");
        return std::nullopt;
    }
    auto erasure = preview(personId, error);
    if (!erasure)
        return std::nullopt;
    const Person &person = erasure->person;
    const qint64 accountId = person.accountId;
    const QSqlDatabase db = m_workspace.database();
    const PrivacyStore privacy(db);
    const PersonTraces traces(person);
    const Reach reach = reachOf(db, person);

    const bool secureBefore =
        Sql::scalar(db, QStringLiteral("PRAGMA secure_delete")).value_or(0).toInt() != 0;
    QString sqlError;
    // Deleted content is overwritten with zeros in the pages SQLite writes, instead of
    // being left in free space.
    if (!privacy.setSecureDelete(true, &sqlError)) {
        *error = tr("The erase could not start: %1").arg(sqlError);
        return std::nullopt;
    }
    const auto restoreSecureDelete = qScopeGuard([&] {
        QString ignored;
        privacy.setSecureDelete(secureBefore, &ignored);
    });

    {
        TransactionGuard transaction(db);
        const auto failed = [&](const QString &step) {
            *error = tr("Nothing was erased: %1 failed (%2).").arg(step, sqlError);
            return std::nullopt;
        };
        if (!transaction.isActive())
            return failed(tr("starting the transaction"));
        int comments = 0;
        for (const qint64 line : reach.lines) {
            const int n = privacy.deleteCommentsOn(accountId, QStringLiteral("relationship"), line,
                                                   &sqlError);
            if (n < 0)
                return failed(tr("deleting comments"));
            comments += n;
        }
        const int onPerson =
            privacy.deleteCommentsOn(accountId, QStringLiteral("person"), personId, &sqlError);
        if (onPerson < 0)
            return failed(tr("deleting comments"));
        erasure->comments = comments + onPerson;
        if (privacy.clearActionOwner(personId, &sqlError) < 0 ||
            privacy.clearActionPerson(personId, &sqlError) < 0)
            return failed(tr("unlinking plan actions"));
        const int reviews =
            privacy.neutraliseReviewer(personId, PersonTraces::neutralName(), &sqlError);
        if (reviews < 0)
            return failed(tr("signing their reviews “(erased person)”"));
        erasure->reviewsWritten = reviews;
        const int agreements = privacy.deleteAgreements(personId, &sqlError);
        const int roles = agreements < 0 ? -1 : privacy.deleteProductRoles(personId, &sqlError);
        const int lines = roles < 0 ? -1 : privacy.deleteRelationshipsOf(personId, &sqlError);
        if (lines < 0)
            return failed(tr("deleting their relationships and roles"));
        erasure->agreements = agreements;
        erasure->productRoles = roles;
        erasure->relationships = lines;
        if (privacy.deletePerson(personId, &sqlError) != 1)
            return failed(tr("deleting the person"));

        int mentions = 0;
        for (const PrivacyStore::TextColumn &column : PrivacyStore::freeTextColumns()) {
            for (const PrivacyStore::TextCell &cell : privacy.textCells(column, accountId)) {
                int replaced = 0;
                const QString clean = traces.scrubbed(cell.text, &replaced);
                if (replaced == 0)
                    continue;
                if (!privacy.setText(column, accountId, cell.key, clean, &sqlError))
                    return failed(tr("replacing mentions in %1").arg(column.table));
                mentions += replaced;
            }
        }
        erasure->textMentions = mentions;

        int snapshots = 0;
        for (const PrivacyStore::SnapshotRow &stored : privacy.snapshots(accountId)) {
            QString readError;
            const auto snapshot = Snapshot::read(stored.data, &readError);
            QByteArray rewritten;
            if (snapshot) {
                if (!traces.isIn(*snapshot))
                    continue;
                rewritten =
                    QJsonDocument(traces.snapshotWithout(*snapshot)).toJson(QJsonDocument::Compact);
            } else {
                // A document this version cannot read is still cleaned of their traces.
                const QString text = QString::fromUtf8(stored.data);
                if (!traces.mentions(text))
                    continue;
                rewritten = traces.scrubbed(text).toUtf8();
            }
            if (!privacy.rewriteSnapshot(stored.id, rewritten, &sqlError))
                return failed(tr("rewriting snapshot %1").arg(stored.id));
            ++snapshots;
        }
        erasure->snapshots = snapshots;
        if (!transaction.commit()) {
            sqlError = db.lastError().text();
            return failed(tr("committing"));
        }
    }

    // The undo stack's commands hold copies of the erased rows, and undoing one could
    // bring them back.
    m_workspace.undoStack()->clear();
    QString wipeError;
    if (!wipe(&wipeError))
        erasure->wipeProblem =
            tr("The person's rows are gone, but the file could not be compacted (%1); old "
               "copies of their data may remain in its free space until Kingside compacts it "
               "(erase again or run VACUUM).")
                .arg(wipeError);
    m_workspace.announce(Change{Change::Entity::Everything, Change::Kind::Modified, 0, accountId});
    return erasure;
}

// Older versions of pages live on in the write-ahead log and in free pages: the log is
// checkpointed into the file and truncated to nothing, the file rebuilt without free
// pages (VACUUM, which itself goes through the log) and the log emptied again.
bool PersonEraser::wipe(QString *error)
{
    const PrivacyStore privacy(m_workspace.database());
    return privacy.checkpointAndTruncateWal(error) && privacy.vacuum(error) &&
           privacy.checkpointAndTruncateWal(error);
}

} // namespace Kingside
