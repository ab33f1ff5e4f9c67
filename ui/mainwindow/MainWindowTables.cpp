// The People and Relationships tabs: the account's tables, edited in place through the
// item models' commands (README "Your first account").
#include "MainWindow.h"

#include "commands/CommandGroup.h"
#include "commands/RemovePerson.h"
#include "commands/RemoveRelationship.h"
#include "itemmodels/PeopleTableModel.h"
#include "itemmodels/RelationshipTableModel.h"
#include "panels/TablePage.h"

#include <QTableView>

namespace Kingside {

void MainWindow::createTablePages()
{
    m_peoplePage = new TablePage(m_workspace, m_people, PeopleTableModel::PersonIdRole,
                                 PeopleTableModel::ChoicesRole, QStringLiteral("people"), this);
    m_peoplePage->setEmptyText(
        tr("<p><b>No people in this account yet.</b></p><p>Click a square on the <b>Board</b> "
           "and type a name in the inspector to add a client person there, or a member of our "
           "team; or bring in a contact export with <b>File → Import Contacts…</b></p><p>Every "
           "cell here can then be edited in place: double-click it, or select and type.</p>"));
    m_peoplePage->setRemover(
        [this](const QList<qint64> &ids) -> WorkspaceCommand * {
            const auto nameOf = [this](qint64 id) {
                const int row = m_people->rowOf(id);
                return m_people->data(m_people->index(row, PeopleTableModel::Name)).toString();
            };
            if (ids.size() == 1)
                return new RemovePerson(m_workspace, ids.first(), nameOf(ids.first()));
            auto *group =
                new CommandGroup(m_workspace, tr("Remove %n people", nullptr, int(ids.size())));
            for (const qint64 id : ids)
                group->add(new RemovePerson(m_workspace, id, nameOf(id)));
            return group;
        },
        [this](WorkspaceCommand *command, int count) {
            if (auto *single = dynamic_cast<RemovePerson *>(command))
                return single->whatWent();
            return tr("Removed %n people with their relationships and product roles. Edit → "
                      "Undo (Ctrl+Z) brings them all back.",
                      nullptr, count);
        });
    connect(m_people, &PeopleTableModel::editRefused, m_peoplePage,
            [this](const QString &message) { m_peoplePage->showMessage(message, true); });
    m_peopleView = m_peoplePage->view();

    m_relationshipPage =
        new TablePage(m_workspace, m_relationships, RelationshipTableModel::RelationshipIdRole,
                      RelationshipTableModel::ChoicesRole, QStringLiteral("relationship"), this);
    m_relationshipPage->setEmptyText(
        tr("<p><b>No relationships in this account yet.</b></p><p>On the <b>Board</b>, drag "
           "from a member of our team (on the rail) to a client person to add a working "
           "relationship, or use the <b>Connect</b> tool (C) between two client people. Kind, "
           "strength and last contact can then be edited here.</p>"));
    m_relationshipPage->setRemover([this](const QList<qint64> &ids) -> WorkspaceCommand * {
        if (ids.size() == 1)
            return new RemoveRelationship(m_workspace, ids.first());
        auto *group =
            new CommandGroup(m_workspace, tr("Remove %n relationships", nullptr, int(ids.size())));
        for (const qint64 id : ids)
            group->add(new RemoveRelationship(m_workspace, id));
        return group;
    });
    connect(m_relationships, &RelationshipTableModel::editRefused, m_relationshipPage,
            [this](const QString &message) { m_relationshipPage->showMessage(message, true); });
    m_relationshipView = m_relationshipPage->view();
}

} // namespace Kingside
