#pragma once

#include "BoardData.h"
#include "BoardFilter.h"
#include "BoardHighlight.h"
#include "BoardLayout.h"
#include "BoardLines.h"
#include "BoardRenderer.h"
#include "workspace/Change.h"

#include <QGraphicsScene>
#include <QHash>

#include <memory>
#include <tuple>

namespace Kingside {

class Workspace;
class BoardTool;
class PieceItem;
class TeamMemberItem;
class GroupItem;
class BoardLayerItem;
class EdgeButtonItem;

// One account's board as a graphics scene. It follows Workspace::changed (re-reading
// the account and syncing its items), hands mouse input to the current tool, keeps
// selection, filter and highlights, and turns gestures into workspace commands.
class BoardScene : public QGraphicsScene
{
    Q_OBJECT

public:
    enum class Tool
    {
        Select,  // select, drag pieces to move them, drag from a team member to connect
        Connect, // drag from anyone to anyone to add a relationship
        Wall,    // click a border, or drag from one file to another, to draw a wall
        Pan,     // drag the view
    };
    Q_ENUM(Tool)

    explicit BoardScene(Workspace *workspace, QObject *parent = nullptr);
    ~BoardScene() override;

    Workspace *workspace() const { return m_workspace; }
    void setAccount(qint64 accountId);
    qint64 accountId() const { return m_accountId; }
    const BoardData &data() const { return m_data; }
    const BoardLayout &layout() const { return m_layout; }
    // Built when first needed after a change, at the detail of the current zoom.
    const BoardLines &lines() const;
    const BoardRenderer &renderer() const { return m_renderer; }
    const BoardFilterMatch &filterMatch() const { return m_filterMatch; }
    // The picture the renderer would export right now (filter, highlights, selection).
    BoardRenderOptions renderOptions() const;

    // "Today" for freshness; tests fix it.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    void setFilter(const BoardFilter &filter);
    BoardFilter filter() const { return m_filter; }

    // Marks other views put on people and lines; one set per kind, replaced each call.
    void setHighlight(const QSet<qint64> &personIds, const QSet<qint64> &relationshipIds,
                      HighlightKind kind);
    void clearHighlight(HighlightKind kind);
    void clearHighlights();
    // Standing marks stay while answers are picked and cleared: the King in check, the
    // single-threaded pieces, what changed since the review (README "Reading the board").
    void setStandingHighlight(const QSet<qint64> &personIds, const QSet<qint64> &relationshipIds,
                              HighlightKind kind);
    // Everything shown: the standing marks and the picked ones, united per kind.
    const BoardHighlights &highlights() const { return m_highlights; }

    // Lines between client people drawn faint until someone is hovered or selected, so
    // that a dense board reads at first sight; off: every line at full strength.
    void setClientLinesQuiet(bool quiet);
    bool clientLinesQuiet() const { return m_clientLinesQuiet; }
    // Whether client lines are drawn faint right now (quiet, and enough of them).
    bool clientLinesFaint() const;
    // While a person is hovered, everything but them, their lines and the people at the
    // other ends fades behind a veil.
    bool veiled() const { return !m_focus.isEmpty(); }
    bool inFocus(qint64 personId) const { return m_focus.contains(personId); }

    // Device pixels per scene unit, set by the view when it zooms: picks the detail level.
    void setViewScale(qreal pixelsPerUnit);
    BoardLines::Detail detail() const { return lines().detail(); }
    // The board and line layers as cached device pixmaps (the view decides, by its size),
    // or drawn directly for what is exposed.
    void setLayersCached(bool cached);
    bool layersCached() const;

    void setTool(Tool tool);
    Tool tool() const { return m_toolKind; }

    // Selection: one person, one relationship or one wall; and the keyboard's square.
    qint64 selectedPersonId() const { return m_selectedPerson; }
    qint64 selectedRelationshipId() const { return m_selectedRelationship; }
    qint64 selectedWallId() const { return m_selectedWall; }
    BoardSquare currentSquare() const { return m_currentSquare; }
    void selectPerson(qint64 personId);
    void selectRelationship(qint64 relationshipId);
    void selectWall(qint64 wallId);
    void clearSelection();
    void setCurrentSquare(const BoardSquare &square);
    // The keyboard (README "Accessibility"): the next or previous person on the current
    // square (a folded square opens), a square further (selecting its first person), and
    // the selected piece moved to the adjacent square as one undoable command.
    void cycleSquare(bool forward);
    void moveCurrentSquare(int dx, int dy);
    bool moveSelectedPiece(int dx, int dy);

    void toggleExpanded(const BoardSquare &square);
    void collapseAll();
    bool isExpanded(const BoardSquare &square) const { return m_expanded.contains(square); }

    qint64 hoveredPersonId() const { return m_hovered; }
    void setHoveredPerson(qint64 personId);

    // Items and hit tests.
    PieceItem *pieceItem(qint64 personId) const { return m_pieces.value(personId); }
    TeamMemberItem *teamItem(qint64 personId) const { return m_team.value(personId); }
    QList<GroupItem *> groupItems() const { return m_groups; }
    qint64 personAt(const QPointF &scenePos) const;
    qint64 relationshipAt(const QPointF &scenePos) const;
    qint64 wallAt(const QPointF &scenePos) const;
    qint64 wallOn(const BoardLayout::Border &border) const;

    // Edits, each one workspace command; on refusal `refused` is emitted with the
    // reason and where it happened, and false is returned.
    bool movePerson(qint64 personId, const BoardSquare &square, const QPointF &where = {});
    bool connectPeople(qint64 fromId, qint64 toId, RelationshipKind kind, int strength,
                       const QPointF &where = {});
    bool addWall(WallKind kind, qint64 a, qint64 b, const QPointF &where = {});
    bool addWallOn(const BoardLayout::Border &border, const QPointF &where = {});
    bool removeWall(qint64 wallId, const QPointF &where = {});
    // Delete: the selected relationship, wall or person (with undo).
    bool removeSelection();
    // The board's structure, edited on its edges (BoardSceneStructure.cpp; README "Your
    // first account"): files are departments, ranks are levels, by their index on the
    // board. Each is one undoable command; a refusal is said where it happened.
    bool addDepartment(const QString &name);
    bool addLevel(const QString &name);
    bool renameFile(int file, const QString &name);
    bool renameRank(int rank, const QString &name);
    bool moveFile(int from, int to);
    bool moveRank(int from, int to);
    // With moveTo >= 0 the people standing there move to that file (rank) first.
    bool removeFile(int file, int moveTo = -1);
    bool removeRank(int rank, int moveTo = -1);
    // A file or rank label at a point, -1 when none (or no department/level there yet).
    int fileLabelAt(const QPointF &scenePos) const;
    int rankLabelAt(const QPointF &scenePos) const;
    QRectF fileLabelRect(int file) const;
    QRectF rankLabelRect(int rank) const;
    EdgeButtonItem *addFileButton() const { return m_addFile; }
    EdgeButtonItem *addRankButton() const { return m_addRank; }

    // Ask for a relationship between two people (the view asks the strength inline).
    void requestConnection(qint64 fromId, qint64 toId, const QPointF &where);

    // Tool preview: a rubber line, a target square or a border to build a wall on.
    struct Preview
    {
        QLineF rubber;
        QRectF target;
        QLineF border;
        bool valid = true;
    };
    void setPreview(const Preview &preview);
    const Preview &preview() const { return m_preview; }
    QPointF sceneCentreOf(qint64 personId) const;
    // Lines drawn over the others: the hovered person's and the selected relationship.
    const QList<std::pair<QPainterPath, QColor>> &emphasis() const { return m_emphasis; }

signals:
    void synced();
    // The marks shown changed (the legend follows at once).
    void highlightsChanged();
    void selectionChanged();
    void editRequested();
    void refused(const QString &message, const QPointF &scenePos);
    // What an edit did that the user should know (who went with a removed person).
    void notice(const QString &message, const QPointF &scenePos);
    void connectionRequested(qint64 fromId, qint64 toId, const QPointF &scenePos);
    void toolChanged(Kingside::BoardScene::Tool tool);
    // The user asked, on the board's edge, to add (the "+"), rename (a double click) or
    // change (the context menu) a file or rank; the board widget asks for the name.
    void addLabelRequested(bool file);
    void renameLabelRequested(bool file, int index);
    void labelMenuRequested(bool file, int index, const QPoint &screenPos);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void onChanged(const Change &change);
    void reload();
    void relayout();
    void rebuildLines();
    void syncItems();
    void updateSelectionItems();
    bool run(class WorkspaceCommand *command, const QPointF &where);
    // Recomputes the hover and selection emphasis when what it shows changed (or always).
    void updateEmphasis(bool force = false);
    void updateSquareMark(const BoardSquare &square);
    void mergeHighlights();
    QPainterPath routeOf(const Relationship &relationship) const;

    Workspace *m_workspace;
    qint64 m_accountId = 0;
    BoardData m_data;
    BoardLayout m_layout;
    mutable BoardLines m_lines;
    mutable bool m_linesDirty = true;
    BoardRenderer m_renderer{m_data};
    BoardFilter m_filter;
    BoardFilterMatch m_filterMatch;
    BoardHighlights m_highlights; // shown: m_picked and m_standing together
    BoardHighlights m_picked;
    BoardHighlights m_standing;
    bool m_clientLinesQuiet = true;
    QSet<qint64> m_focus; // the hovered person and the people at their lines' other ends
    QSet<BoardSquare> m_expanded;
    QDate m_today = QDate::currentDate();
    qreal m_viewScale = 1;

    Tool m_toolKind = Tool::Select;
    std::unique_ptr<BoardTool> m_tool;
    qint64 m_selectedPerson = 0;
    qint64 m_selectedRelationship = 0;
    qint64 m_selectedWall = 0;
    qint64 m_hovered = 0;
    BoardSquare m_currentSquare;
    Preview m_preview;
    QList<std::pair<QPainterPath, QColor>> m_emphasis;
    std::tuple<qint64, qint64, qint64> m_emphasisKey{-1, -1, -1}; // hovered, line, person

    QHash<qint64, PieceItem *> m_pieces;
    QHash<qint64, TeamMemberItem *> m_team;
    QList<GroupItem *> m_groups;
    QList<QGraphicsItem *> m_cards;
    BoardLayerItem *m_boardLayer = nullptr;
    BoardLayerItem *m_linesLayer = nullptr;
    BoardLayerItem *m_emphasisLayer = nullptr;
    BoardLayerItem *m_marksLayer = nullptr;
    BoardLayerItem *m_previewLayer = nullptr;
    EdgeButtonItem *m_addFile = nullptr;
    EdgeButtonItem *m_addRank = nullptr;
};

} // namespace Kingside
