#include "BoardScene.h"

#include "BoardItems.h"
#include "ConnectTool.h"
#include "PanTool.h"
#include "SelectTool.h"
#include "WallTool.h"
#include "commands/AddRelationship.h"
#include "commands/AddWall.h"
#include "commands/MovePiece.h"
#include "commands/RemovePerson.h"
#include "commands/RemoveRelationship.h"
#include "commands/RemoveWall.h"
#include "workspace/Workspace.h"

#include <QGraphicsSceneMouseEvent>
#include <QKeyEvent>

#include <algorithm>

namespace Kingside {

BoardScene::BoardScene(Workspace *workspace, QObject *parent)
    : QGraphicsScene(parent), m_workspace(workspace), m_tool(std::make_unique<SelectTool>(this))
{
    setItemIndexMethod(BspTreeIndex);
    m_boardLayer = new BoardLayerItem(this, BoardLayerItem::Board);
    m_linesLayer = new BoardLayerItem(this, BoardLayerItem::Lines);
    m_emphasisLayer = new BoardLayerItem(this, BoardLayerItem::Emphasis);
    m_marksLayer = new BoardLayerItem(this, BoardLayerItem::Marks);
    m_previewLayer = new BoardLayerItem(this, BoardLayerItem::Preview);
    for (QGraphicsItem *layer :
         {static_cast<QGraphicsItem *>(m_boardLayer), static_cast<QGraphicsItem *>(m_linesLayer),
          static_cast<QGraphicsItem *>(m_emphasisLayer), static_cast<QGraphicsItem *>(m_marksLayer),
          static_cast<QGraphicsItem *>(m_previewLayer)})
        addItem(layer);
    m_addFile = new EdgeButtonItem(true);
    m_addRank = new EdgeButtonItem(false);
    addItem(m_addFile);
    addItem(m_addRank);
    connect(workspace, &Workspace::changed, this, &BoardScene::onChanged);
    connect(workspace, &Workspace::closed, this, [this] { setAccount(0); });
}

BoardScene::~BoardScene() = default;

void BoardScene::setAccount(qint64 accountId)
{
    if (m_tool)
        m_tool->cancel();
    m_accountId = accountId;
    m_expanded.clear();
    m_selectedPerson = m_selectedRelationship = m_selectedWall = m_hovered = 0;
    m_currentSquare = {};
    m_picked.clear();
    m_standing.clear();
    m_focus.clear();
    m_filter = {};
    reload();
    mergeHighlights();
    emit selectionChanged();
}

void BoardScene::onChanged(const Change &change)
{
    if (m_accountId == 0)
        return;
    if (change.entity != Change::Entity::Everything && change.accountId != m_accountId &&
        change.entity != Change::Entity::Competitor && change.entity != Change::Entity::Product)
        return;
    // An edit of one client person (a move, a new attitude) or of one relationship
    // re-reads just that row.
    const bool oneRow =
        m_workspace->isOpen() &&
        ((change.entity == Change::Entity::Person && change.kind == Change::Kind::Modified &&
          m_data.refreshPerson(m_workspace->database(), change.id)) ||
         (change.entity == Change::Entity::Relationship && change.id > 0 &&
          m_data.refreshRelationship(m_workspace->database(), change.id)));
    if (oneRow)
        relayout();
    else
        reload();
    // The selection survives an edit unless its object went away.
    bool lost = false;
    if (m_selectedPerson && !m_data.person(m_selectedPerson))
        lost = std::exchange(m_selectedPerson, 0) != 0;
    if (m_selectedRelationship && !m_data.relationship(m_selectedRelationship))
        lost = std::exchange(m_selectedRelationship, 0) != 0;
    if (m_selectedWall &&
        std::none_of(m_data.walls.cbegin(), m_data.walls.cend(),
                     [this](const Wall &wall) { return wall.id == m_selectedWall; }))
        lost = std::exchange(m_selectedWall, 0) != 0;
    if (m_hovered && !m_data.person(m_hovered))
        m_hovered = 0;
    // The keyboard's square follows a selected person who moved (else its dashed mark
    // stays behind on the square they left).
    if (const BoardLayout::PiecePlace *place = m_layout.place(m_selectedPerson);
        place && place->square.isValid() && !(place->square == m_currentSquare)) {
        updateSquareMark(m_currentSquare);
        m_currentSquare = place->square;
        updateSquareMark(m_currentSquare);
    }
    updateEmphasis();
    if (lost)
        emit selectionChanged();
}

void BoardScene::reload()
{
    m_data = m_accountId > 0 && m_workspace->isOpen()
                 ? BoardData::load(m_workspace->database(), m_accountId)
                 : BoardData();
    relayout();
}

void BoardScene::relayout()
{
    m_layout.build(m_data, m_expanded);
    m_filterMatch = BoardFilterMatch(m_data, m_filter);
    rebuildLines();
    syncItems();
    setSceneRect(m_layout.contentRect().adjusted(-60, -60, 60, 60));
    emit synced();
}

void BoardScene::rebuildLines()
{
    // Several changes in a row (a reload, then the view fitting the new board) build once.
    m_linesDirty = true;
    m_linesLayer->sync();
}

const BoardLines &BoardScene::lines() const
{
    if (m_linesDirty) {
        m_linesDirty = false;
        m_lines.build(m_data, m_layout, m_filterMatch,
                      BoardRenderer::detailFor(m_data, m_viewScale), m_today);
    }
    return m_lines;
}

void BoardScene::syncItems()
{
    QSet<qint64> clients;
    for (const Person &person : m_data.clients) {
        clients.insert(person.id);
        PieceItem *&item = m_pieces[person.id];
        if (!item) {
            item = new PieceItem(this, person.id);
            addItem(item);
        }
        item->sync();
    }
    for (auto it = m_pieces.begin(); it != m_pieces.end();) {
        if (!clients.contains(it.key())) {
            delete it.value();
            it = m_pieces.erase(it);
        } else {
            ++it;
        }
    }
    QSet<qint64> members;
    for (const Person &person : m_data.team) {
        members.insert(person.id);
        TeamMemberItem *&item = m_team[person.id];
        if (!item) {
            item = new TeamMemberItem(this, person.id);
            addItem(item);
        }
        item->sync();
    }
    for (auto it = m_team.begin(); it != m_team.end();) {
        if (!members.contains(it.key())) {
            delete it.value();
            it = m_team.erase(it);
        } else {
            ++it;
        }
    }
    qDeleteAll(m_groups);
    m_groups.clear();
    for (const BoardLayout::Group &group : m_layout.groups()) {
        auto *item = new GroupItem(this, group.square);
        addItem(item);
        item->sync();
        m_groups.append(item);
    }
    qDeleteAll(m_cards);
    m_cards.clear();
    for (const BoardSquare &square : std::as_const(m_expanded)) {
        if (const auto card = m_layout.expandedRect(square)) {
            auto *item = new ExpandedSquareItem(*card);
            addItem(item);
            m_cards.append(item);
        }
    }
    m_boardLayer->sync();
    m_marksLayer->sync();
    // The "+" on the edges where the structure can be changed.
    const bool editable = m_data.isValid() && m_workspace->mode() == Workspace::Mode::ReadWrite;
    m_addFile->setRect(m_layout.addFileButtonRect());
    m_addRank->setRect(m_layout.addRankButtonRect());
    m_addFile->setVisible(editable);
    m_addRank->setVisible(editable);
    updateEmphasis(true);
}

BoardRenderOptions BoardScene::renderOptions() const
{
    BoardRenderOptions options;
    options.today = m_today;
    options.filter = m_filter;
    options.highlights = m_highlights;
    options.expanded = m_expanded;
    options.selectedPersonId = m_selectedPerson;
    options.selectedRelationshipId = m_selectedRelationship;
    return options;
}

void BoardScene::setToday(const QDate &today)
{
    m_today = today;
    rebuildLines();
    updateEmphasis(true);
}

void BoardScene::setFilter(const BoardFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_filterMatch = BoardFilterMatch(m_data, m_filter);
    rebuildLines();
    for (PieceItem *item : std::as_const(m_pieces))
        item->update();
    for (TeamMemberItem *item : std::as_const(m_team))
        item->update();
}

void BoardScene::setHighlight(const QSet<qint64> &personIds, const QSet<qint64> &relationshipIds,
                              HighlightKind kind)
{
    if (personIds.isEmpty() && relationshipIds.isEmpty())
        m_picked.remove(kind);
    else
        m_picked[kind] = {personIds, relationshipIds};
    mergeHighlights();
}

void BoardScene::clearHighlight(HighlightKind kind)
{
    m_picked.remove(kind);
    mergeHighlights();
}

void BoardScene::clearHighlights()
{
    m_picked.clear();
    mergeHighlights();
}

void BoardScene::setStandingHighlight(const QSet<qint64> &personIds,
                                      const QSet<qint64> &relationshipIds, HighlightKind kind)
{
    if (personIds.isEmpty() && relationshipIds.isEmpty())
        m_standing.remove(kind);
    else
        m_standing[kind] = {personIds, relationshipIds};
    mergeHighlights();
}

void BoardScene::mergeHighlights()
{
    BoardHighlights merged = m_standing;
    for (auto it = m_picked.cbegin(); it != m_picked.cend(); ++it) {
        BoardHighlight &marks = merged[it.key()];
        marks.people |= it.value().people;
        marks.relationships |= it.value().relationships;
    }
    if (merged == m_highlights)
        return;
    m_highlights = merged;
    m_marksLayer->sync();
    emit highlightsChanged();
}

void BoardScene::setClientLinesQuiet(bool quiet)
{
    if (quiet == m_clientLinesQuiet)
        return;
    m_clientLinesQuiet = quiet;
    m_linesLayer->sync();
}

bool BoardScene::clientLinesFaint() const
{
    // A few dozen lines read well as they are; beyond, they hide the pieces.
    if (!m_clientLinesQuiet)
        return false;
    int client = 0;
    for (const LineShape &line : lines().lines())
        client += line.team ? 0 : 1;
    return client > 40;
}

void BoardScene::setViewScale(qreal pixelsPerUnit)
{
    const BoardLines::Detail before = BoardRenderer::detailFor(m_data, m_viewScale);
    m_viewScale = pixelsPerUnit;
    if (BoardRenderer::detailFor(m_data, m_viewScale) != before) {
        rebuildLines();
        updateEmphasis(true);
    }
}

void BoardScene::setLayersCached(bool cached)
{
    const QGraphicsItem::CacheMode mode =
        cached ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache;
    for (BoardLayerItem *layer : {m_boardLayer, m_linesLayer})
        if (layer->cacheMode() != mode)
            layer->setCacheMode(mode);
}

bool BoardScene::layersCached() const
{
    return m_linesLayer->cacheMode() != QGraphicsItem::NoCache;
}

void BoardScene::setTool(Tool tool)
{
    if (m_tool)
        m_tool->cancel();
    m_toolKind = tool;
    switch (tool) {
    case Tool::Select:
        m_tool = std::make_unique<SelectTool>(this);
        break;
    case Tool::Connect:
        m_tool = std::make_unique<ConnectTool>(this);
        break;
    case Tool::Wall:
        m_tool = std::make_unique<WallTool>(this);
        break;
    case Tool::Pan:
        m_tool = std::make_unique<PanTool>(this);
        break;
    }
    emit toolChanged(tool);
}

void BoardScene::updateSelectionItems()
{
    for (PieceItem *item : std::as_const(m_pieces))
        item->update();
    for (TeamMemberItem *item : std::as_const(m_team))
        item->update();
    m_marksLayer->update();
    updateEmphasis();
}

void BoardScene::updateSquareMark(const BoardSquare &square)
{
    // The scene's update: the marks layer's own would unite the old and the new square
    // into one rectangle, which may span the board.
    if (square.isValid())
        update(m_layout.squareRect(square).adjusted(-4, -4, 4, 4));
}

void BoardScene::selectPerson(qint64 personId)
{
    const qint64 before = m_selectedPerson;
    const BoardSquare squareBefore = m_currentSquare;
    const bool hadWall = m_selectedWall != 0;
    m_selectedPerson = m_data.person(personId) ? personId : 0;
    m_selectedRelationship = 0;
    m_selectedWall = 0;
    if (const BoardLayout::PiecePlace *place = m_layout.place(m_selectedPerson))
        m_currentSquare = place->square;
    if (PieceItem *item = m_pieces.value(before))
        item->update();
    if (TeamMemberItem *item = m_team.value(before))
        item->update();
    if (PieceItem *item = m_pieces.value(m_selectedPerson))
        item->update();
    if (TeamMemberItem *item = m_team.value(m_selectedPerson))
        item->update();
    // The keyboard's square moved with the selection: repaint just the two squares.
    if (hadWall) {
        m_marksLayer->update();
    } else {
        updateSquareMark(squareBefore);
        updateSquareMark(m_currentSquare);
    }
    updateEmphasis();
    emit selectionChanged();
}

void BoardScene::selectRelationship(qint64 relationshipId)
{
    m_selectedRelationship = m_data.relationship(relationshipId) ? relationshipId : 0;
    m_selectedPerson = 0;
    m_selectedWall = 0;
    updateSelectionItems();
    emit selectionChanged();
}

void BoardScene::selectWall(qint64 wallId)
{
    m_selectedWall = wallId;
    m_selectedPerson = 0;
    m_selectedRelationship = 0;
    updateSelectionItems();
    emit selectionChanged();
}

void BoardScene::clearSelection()
{
    if (!m_selectedPerson && !m_selectedRelationship && !m_selectedWall)
        return;
    m_selectedPerson = m_selectedRelationship = m_selectedWall = 0;
    updateSelectionItems();
    emit selectionChanged();
}

void BoardScene::setCurrentSquare(const BoardSquare &square)
{
    if (square == m_currentSquare)
        return;
    updateSquareMark(m_currentSquare);
    m_currentSquare = square;
    updateSquareMark(m_currentSquare);
    // With nothing selected the inspector offers to add someone on this square: tell it
    // which square that now is (README "Your first account").
    if (!m_selectedPerson && !m_selectedRelationship && !m_selectedWall)
        emit selectionChanged();
}

void BoardScene::cycleSquare(bool forward)
{
    const QList<qint64> people = m_layout.peopleOn(m_currentSquare);
    if (people.isEmpty())
        return;
    const qsizetype at = people.indexOf(m_selectedPerson);
    const qsizetype next = at < 0 ? (forward ? 0 : people.size() - 1)
                                  : (at + (forward ? 1 : people.size() - 1)) % people.size();
    const qint64 person = people[next];
    const BoardLayout::PiecePlace *place = m_layout.place(person);
    if (place && !place->visible && !m_expanded.contains(place->square))
        toggleExpanded(place->square); // a folded person is shown when the keyboard reaches them
    selectPerson(person);
}

bool BoardScene::moveSelectedPiece(int dx, int dy)
{
    const Person *person = m_data.person(m_selectedPerson);
    const BoardLayout::PiecePlace *place = m_layout.place(m_selectedPerson);
    if (!person || person->isTeam() || !place)
        return false;
    const QPointF where = sceneCentreOf(m_selectedPerson);
    if (!place->square.isValid()) {
        emit refused(tr("%1 has no department and level yet: choose them in the inspector.")
                         .arg(person->name),
                     where);
        return false;
    }
    const BoardSquare target{place->square.file + dx, place->square.rank + dy};
    if (target.file < 0 || target.rank < 0 || target.file >= m_layout.files() ||
        target.rank >= m_layout.ranks()) {
        emit refused(tr("%1 stands at the edge of the board: there is no square that way.")
                         .arg(person->name),
                     where);
        return false;
    }
    return movePerson(m_selectedPerson, target, where);
}

void BoardScene::moveCurrentSquare(int dx, int dy)
{
    if (m_layout.files() == 0)
        return;
    const BoardSquare before = m_currentSquare;
    BoardSquare square = m_currentSquare.isValid() ? m_currentSquare : BoardSquare{0, 0};
    if (m_currentSquare.isValid()) {
        square.file = qBound(0, square.file + dx, m_layout.files() - 1);
        square.rank = qBound(0, square.rank + dy, m_layout.ranks() - 1);
    }
    // The square left behind loses its dashed mark whatever happens next.
    updateSquareMark(before);
    m_currentSquare = square;
    const QList<qint64> people = m_layout.peopleOn(square);
    if (!people.isEmpty()) {
        selectPerson(people.first());
    } else {
        clearSelection();
        m_currentSquare = square;
        m_marksLayer->update();
        emit selectionChanged();
    }
}

void BoardScene::toggleExpanded(const BoardSquare &square)
{
    if (m_expanded.contains(square))
        m_expanded.remove(square);
    else
        m_expanded = {square}; // one open square at a time keeps the board readable
    relayout();
}

void BoardScene::collapseAll()
{
    if (m_expanded.isEmpty())
        return;
    m_expanded.clear();
    relayout();
}

void BoardScene::setHoveredPerson(qint64 personId)
{
    if (m_hovered == personId)
        return;
    m_hovered = personId;
    updateEmphasis();
}

QPainterPath BoardScene::routeOf(const Relationship &relationship) const
{
    const int index = lines().indexOf(relationship.id);
    if (index >= 0)
        return m_lines.lines()[index].path;
    const bool fromTeam = m_data.isTeam(relationship.fromId);
    const bool toTeam = m_data.isTeam(relationship.toId);
    if (fromTeam && toTeam)
        return {};
    if (fromTeam || toTeam)
        return BoardLines::teamRoute(m_layout, fromTeam ? relationship.fromId : relationship.toId,
                                     fromTeam ? relationship.toId : relationship.fromId);
    return BoardLines::clientRoute(m_layout, relationship.fromId, relationship.toId,
                                   relationship.id % 2 == 0);
}

void BoardScene::updateEmphasis(bool force)
{
    // The same hovered person and selected line: nothing to repaint (a click on the
    // hovered piece must not repaint the strips along its lines again).
    // (The selected person counts only while nobody is hovered: a click on the hovered
    // piece must not repaint the strips along its lines again.)
    const std::tuple<qint64, qint64, qint64> key(m_hovered, m_selectedRelationship,
                                                 m_hovered > 0 ? 0 : m_selectedPerson);
    if (!force && key == m_emphasisKey)
        return;
    m_emphasisKey = key;
    m_emphasis.clear();
    QSet<qint64> focus;
    if (m_hovered > 0) {
        focus.insert(m_hovered);
        for (const Relationship &relationship : m_data.relationships) {
            if (relationship.fromId != m_hovered && relationship.toId != m_hovered)
                continue;
            focus.insert(relationship.fromId);
            focus.insert(relationship.toId);
            const bool team =
                m_data.isTeam(relationship.fromId) || m_data.isTeam(relationship.toId);
            QColor colour =
                team ? BoardStyle::freshnessColour(BoardStyle::freshnessOf(
                           relationship.lastContact, m_today, m_data.account.freshnessDays))
                     : BoardStyle::kindColour(relationship.kind);
            colour.setAlpha(95);
            const QPainterPath path = routeOf(relationship);
            if (!path.isEmpty())
                m_emphasis.append({path, colour});
        }
    } else if (m_selectedPerson > 0 && clientLinesFaint()) {
        // A selected person's client lines come back from faint, without the veil.
        for (const Relationship &relationship : m_data.relationships) {
            if ((relationship.fromId != m_selectedPerson &&
                 relationship.toId != m_selectedPerson) ||
                m_data.isTeam(relationship.fromId) || m_data.isTeam(relationship.toId))
                continue;
            QColor colour = BoardStyle::kindColour(relationship.kind);
            colour.setAlpha(95);
            const QPainterPath path = routeOf(relationship);
            if (!path.isEmpty())
                m_emphasis.append({path, colour});
        }
    }
    // The people in focus stand above the veil; the others stay under it.
    if (focus != m_focus) {
        const QSet<qint64> before = std::exchange(m_focus, focus);
        for (const qint64 id : before | focus) {
            if (PieceItem *item = m_pieces.value(id))
                item->setFocused(m_focus.contains(id));
            if (TeamMemberItem *item = m_team.value(id))
                item->setFocused(m_focus.contains(id));
        }
    }
    if (const Relationship *selected = m_data.relationship(m_selectedRelationship)) {
        const QPainterPath path = routeOf(*selected);
        if (!path.isEmpty())
            m_emphasis.append({path, QColor(0x1F, 0x6F, 0xEB, 120)});
    }
    m_emphasisLayer->sync();
}

void BoardScene::setPreview(const Preview &preview)
{
    m_preview = preview;
    m_previewLayer->sync();
}

QPointF BoardScene::sceneCentreOf(qint64 personId) const
{
    if (const BoardLayout::TeamPlace *member = m_layout.teamPlace(personId))
        return member->anchor;
    if (const BoardLayout::PiecePlace *place = m_layout.place(personId))
        return place->piece.center();
    return {};
}

qint64 BoardScene::personAt(const QPointF &scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == PieceItem::Type && item->isVisible())
            return static_cast<PieceItem *>(item)->personId();
        if (item->type() == TeamMemberItem::Type)
            return static_cast<TeamMemberItem *>(item)->personId();
    }
    return 0;
}

qint64 BoardScene::relationshipAt(const QPointF &scenePos) const
{
    if (lines().detail() != BoardLines::Detail::Individual)
        return 0;
    const int index = m_lines.lineAt(scenePos, 5);
    return index >= 0 ? m_lines.lines()[index].relationshipId : 0;
}

qint64 BoardScene::wallOn(const BoardLayout::Border &border) const
{
    if (!border.isValid())
        return 0;
    for (const Wall &wall : m_data.walls) {
        const bool byFile = wall.kind == WallKind::Department;
        if (byFile != border.betweenFiles)
            continue;
        const int a = byFile ? m_data.fileOf(wall.a) : m_data.rankOf(wall.a);
        const int b = byFile ? m_data.fileOf(wall.b) : m_data.rankOf(wall.b);
        const int index = qAbs(a - b) == 1 ? qMin(a, b) : (a < b ? b - 1 : b);
        if (index == border.index)
            return wall.id;
    }
    return 0;
}

qint64 BoardScene::wallAt(const QPointF &scenePos) const
{
    return wallOn(m_layout.borderAt(scenePos, 7));
}

bool BoardScene::run(WorkspaceCommand *command, const QPointF &where)
{
    if (m_workspace->execute(command))
        return true;
    emit refused(m_workspace->errorString(), where);
    return false;
}

bool BoardScene::movePerson(qint64 personId, const BoardSquare &square, const QPointF &where)
{
    const Person *person = m_data.person(personId);
    if (!person)
        return false;
    const qint64 department = square.file >= 0 && square.file < m_data.departments.size()
                                  ? m_data.departments[square.file].id
                                  : 0;
    const qint64 level =
        square.rank >= 0 && square.rank < m_data.levels.size() ? m_data.levels[square.rank].id : 0;
    return run(new MovePiece(m_workspace, personId, department, level, person->name), where);
}

bool BoardScene::connectPeople(qint64 fromId, qint64 toId, RelationshipKind kind, int strength,
                               const QPointF &where)
{
    Relationship relationship;
    relationship.accountId = m_accountId;
    relationship.fromId = fromId;
    relationship.toId = toId;
    relationship.kind = kind;
    relationship.strength = strength;
    if (m_data.isTeam(fromId) && m_data.isTeam(toId)) {
        emit refused(tr("Lines on the board join our team to client people, or client people "
                        "to each other."),
                     where);
        return false;
    }
    if (m_data.isTeam(fromId) || m_data.isTeam(toId))
        relationship.lastContact = m_today; // a line drawn now records a contact today
    return run(new AddRelationship(m_workspace, relationship), where);
}

bool BoardScene::addWall(WallKind kind, qint64 a, qint64 b, const QPointF &where)
{
    Wall wall;
    wall.accountId = m_accountId;
    wall.kind = kind;
    wall.a = a;
    wall.b = b;
    return run(new AddWall(m_workspace, wall), where);
}

bool BoardScene::addWallOn(const BoardLayout::Border &border, const QPointF &where)
{
    if (!border.isValid())
        return false;
    if (border.betweenFiles)
        return addWall(WallKind::Department, m_data.departments[border.index].id,
                       m_data.departments[border.index + 1].id, where);
    return addWall(WallKind::Level, m_data.levels[border.index].id,
                   m_data.levels[border.index + 1].id, where);
}

bool BoardScene::removeWall(qint64 wallId, const QPointF &where)
{
    return run(new RemoveWall(m_workspace, wallId), where);
}

bool BoardScene::removeSelection()
{
    if (m_selectedRelationship)
        return run(new RemoveRelationship(m_workspace, m_selectedRelationship),
                   routeOf(*m_data.relationship(m_selectedRelationship)).pointAtPercent(0.5));
    if (m_selectedWall)
        return removeWall(m_selectedWall);
    if (const Person *person = m_data.person(m_selectedPerson)) {
        const QPointF where = sceneCentreOf(person->id);
        auto *command = new RemovePerson(m_workspace, person->id, person->name);
        if (!run(command, where))
            return false;
        emit notice(command->whatWent(), where); // the undo stack owns it now
        return true;
    }
    return false;
}

void BoardScene::requestConnection(qint64 fromId, qint64 toId, const QPointF &where)
{
    if (m_data.isTeam(fromId) && m_data.isTeam(toId)) {
        emit refused(tr("Lines on the board join our team to client people, or client people "
                        "to each other."),
                     where);
        return;
    }
    emit connectionRequested(fromId, toId, where);
}

void BoardScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_tool->mousePress(event);
    event->accept();
}

void BoardScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    m_tool->mouseMove(event);
    if (event->buttons() == Qt::NoButton)
        QGraphicsScene::mouseMoveEvent(event); // hover
}

void BoardScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    m_tool->mouseRelease(event);
    event->accept();
}

void BoardScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    event->accept();
    if (const int file = fileLabelAt(event->scenePos()); file >= 0) {
        emit renameLabelRequested(true, file);
        return;
    }
    if (const int rank = rankLabelAt(event->scenePos()); rank >= 0) {
        emit renameLabelRequested(false, rank);
        return;
    }
    if (personAt(event->scenePos()) > 0 || relationshipAt(event->scenePos()) > 0)
        emit editRequested();
    event->accept();
}

void BoardScene::keyPressEvent(QKeyEvent *event)
{
    // The board with the keyboard alone (README "Accessibility"). Tab and Shift+Tab are
    // not taken here: they leave the board for the next panel.
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const auto arrow = [&](int dx, int dy) {
        if (shift)
            moveSelectedPiece(dx, dy);
        else
            moveCurrentSquare(dx, dy);
    };
    switch (event->key()) {
    case Qt::Key_Left:
        arrow(-1, 0);
        break;
    case Qt::Key_Right:
        arrow(1, 0);
        break;
    case Qt::Key_Up:
        arrow(0, -1);
        break;
    case Qt::Key_Down:
        arrow(0, 1);
        break;
    case Qt::Key_PageDown:
        cycleSquare(true);
        break;
    case Qt::Key_PageUp:
        cycleSquare(false);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        emit editRequested();
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        removeSelection();
        break;
    case Qt::Key_Escape:
        m_tool->cancel();
        collapseAll();
        clearSelection();
        break;
    default:
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace Kingside
