// The board's structure edited on its edges: departments (files) and levels (ranks)
// added, renamed, reordered and removed, each one workspace command (README "Your first
// account"). The scene turns board indexes into ids; the commands check the rules.
#include "BoardScene.h"

#include "commands/AddDepartment.h"
#include "commands/AddLevel.h"
#include "commands/MoveDepartment.h"
#include "commands/MoveLevel.h"
#include "commands/RemoveDepartment.h"
#include "commands/RemoveLevel.h"
#include "commands/RenameDepartment.h"
#include "commands/RenameLevel.h"

#include <QGraphicsSceneContextMenuEvent>

namespace Kingside {

int BoardScene::fileLabelAt(const QPointF &scenePos) const
{
    const int file = m_layout.fileLabelAt(scenePos);
    return file < m_data.departments.size() ? file : -1;
}

int BoardScene::rankLabelAt(const QPointF &scenePos) const
{
    const int rank = m_layout.rankLabelAt(scenePos);
    return rank < m_data.levels.size() ? rank : -1;
}

QRectF BoardScene::fileLabelRect(int file) const
{
    return m_layout.fileLabelRect(file, true);
}

QRectF BoardScene::rankLabelRect(int rank) const
{
    return m_layout.rankLabelRect(rank, true);
}

bool BoardScene::addDepartment(const QString &name)
{
    return run(new AddDepartment(m_workspace, m_accountId, name),
               m_layout.addFileButtonRect().center());
}

bool BoardScene::addLevel(const QString &name)
{
    return run(new AddLevel(m_workspace, m_accountId, name), m_layout.addRankButtonRect().center());
}

bool BoardScene::renameFile(int file, const QString &name)
{
    if (file < 0 || file >= m_data.departments.size())
        return false;
    if (name.trimmed() == m_data.departments[file].name)
        return true;
    return run(new RenameDepartment(m_workspace, m_data.departments[file].id, name),
               fileLabelRect(file).center());
}

bool BoardScene::renameRank(int rank, const QString &name)
{
    if (rank < 0 || rank >= m_data.levels.size())
        return false;
    if (name.trimmed() == m_data.levels[rank].name)
        return true;
    return run(new RenameLevel(m_workspace, m_data.levels[rank].id, name),
               rankLabelRect(rank).center());
}

bool BoardScene::moveFile(int from, int to)
{
    if (from < 0 || from >= m_data.departments.size() || to < 0 ||
        to >= m_data.departments.size() || from == to)
        return false;
    return run(new MoveDepartment(m_workspace, m_data.departments[from].id, to),
               fileLabelRect(to).center());
}

bool BoardScene::moveRank(int from, int to)
{
    if (from < 0 || from >= m_data.levels.size() || to < 0 || to >= m_data.levels.size() ||
        from == to)
        return false;
    // Ranks count from 1 at the top; the board's index from 0.
    return run(new MoveLevel(m_workspace, m_data.levels[from].id, to + 1),
               rankLabelRect(to).center());
}

bool BoardScene::removeFile(int file, int moveTo)
{
    if (file < 0 || file >= m_data.departments.size())
        return false;
    const qint64 target =
        moveTo >= 0 && moveTo < m_data.departments.size() ? m_data.departments[moveTo].id : 0;
    return run(new RemoveDepartment(m_workspace, m_data.departments[file].id, target),
               fileLabelRect(file).center());
}

bool BoardScene::removeRank(int rank, int moveTo)
{
    if (rank < 0 || rank >= m_data.levels.size())
        return false;
    const qint64 target =
        moveTo >= 0 && moveTo < m_data.levels.size() ? m_data.levels[moveTo].id : 0;
    return run(new RemoveLevel(m_workspace, m_data.levels[rank].id, target),
               rankLabelRect(rank).center());
}

void BoardScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    if (const int file = fileLabelAt(event->scenePos()); file >= 0) {
        event->accept();
        emit labelMenuRequested(true, file, event->screenPos());
        return;
    }
    if (const int rank = rankLabelAt(event->scenePos()); rank >= 0) {
        event->accept();
        emit labelMenuRequested(false, rank, event->screenPos());
        return;
    }
    QGraphicsScene::contextMenuEvent(event);
}

} // namespace Kingside
