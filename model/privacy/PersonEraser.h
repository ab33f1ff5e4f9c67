#pragma once

#include "domain/Person.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Kingside {

class Workspace;

// What erasing one person takes away, counted before and reported after.
struct PersonErasure
{
    Person person;
    QString accountName;
    int relationships = 0;
    int productRoles = 0;
    int comments = 0;        // on them or on their relationships: deleted
    int actionsUnlinked = 0; // they owned it or it concerned them: the link is cleared
    int reviewsWritten = 0;  // the review stays, signed "(erased person)"
    int agreements = 0;
    int snapshots = 0;    // rewritten without them
    int textMentions = 0; // their name, e-mail or phone in notes, titles, comments…
    // Copies of the workspace made before upgrades, beside it: they still hold the person.
    QStringList backupCopies;
    // Set when the person's rows are gone but the file could not be compacted afterwards.
    QString wipeProblem;

    // One paragraph for the user: what goes (before) or went (after).
    QString describe(bool done) const;

    Q_DECLARE_TR_FUNCTIONS(Kingside::PersonEraser)
};

// Erases a person from a workspace for good (README "A person's data, on request"):
// their row, relationships, product roles, plan agreements and the comments on them are
// deleted; plan actions and reviews lose the link to them; their name, e-mail and phone
// are replaced by "(erased person)" in every free-text field and every snapshot; then
// the deleted bytes are overwritten and the file compacted, so no copy of the data is
// left in the file, its write-ahead log or its free pages.
//
// Deliberately not a WorkspaceCommand: an erase that Undo could take back would keep
// the data in memory and defeat its purpose. It clears the undo stack instead (commands
// on it hold the rows being erased) and announces a change of everything.
class PersonEraser
{
public:
    explicit PersonEraser(Workspace &workspace) : m_workspace(workspace) {}

    // What an erase would take away; nothing is changed.
    std::optional<PersonErasure> preview(qint64 personId, QString *error) const;

    // Refused (with a sentence) unless the workspace is open for writing.
    std::optional<PersonErasure> erase(qint64 personId, QString *error);

private:
    bool wipe(QString *error);

    Workspace &m_workspace;
};

} // namespace Kingside
