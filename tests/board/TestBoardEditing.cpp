// Editing on the board through the real widgets: drag a piece, connect from the team
// rail with the inline strength prompt, draw a wall, edit in the inspector, keyboard.
#include "DatabaseDump.h"
#include "TestWorkspace.h"
#include "board/BoardScene.h"
#include "board/BoardView.h"
#include "board/BoardWidget.h"
#include "board/StrengthPrompt.h"
#include "commands/MovePiece.h"
#include "demo/DemoBuilder.h"
#include "panels/FilterBar.h"
#include "panels/InspectorPanel.h"
#include "workspace/AccountStore.h"
#include "workspace/PersonStore.h"
#include "workspace/Sql.h"

#include <QComboBox>
#include <QLineEdit>
#include <QNativeGestureEvent>
#include <QPointingDevice>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace Kingside;
using namespace Kingside::Test;

class TestBoardEditing : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestWorkspace ws{TestWorkspace::Content::Demo};
        BoardWidget board{&ws.workspace()};
        qint64 account = 0;
        Fixture()
        {
            account = ws.accountId(DemoBuilder::largestAccountName());
            board.resize(1500, 950);
            board.scene()->setToday(fixedToday());
            board.setAccount(account);
            board.show();
            QVERIFY(QTest::qWaitForWindowExposed(&board));
            board.view()->setZoom(1.0);
            board.view()->centerOn(board.scene()->layout().boardRect().center());
        }
        BoardScene *scene() { return board.scene(); }
        QWidget *viewport() { return board.view()->viewport(); }
        QPoint viewPos(const QPointF &scenePos) { return board.view()->mapFromScene(scenePos); }
        void send(QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
                  Qt::MouseButtons buttons)
        {
            QMouseEvent event(type, pos, viewport()->mapToGlobal(pos), button, buttons,
                              Qt::NoModifier);
            QApplication::sendEvent(viewport(), &event);
        }
        void drag(const QPointF &from, const QPointF &to)
        {
            const QPoint a = viewPos(from);
            const QPoint b = viewPos(to);
            send(QEvent::MouseButtonPress, a, Qt::LeftButton, Qt::LeftButton);
            for (int i = 1; i <= 5; ++i)
                send(QEvent::MouseMove, a + (b - a) * i / 5, Qt::NoButton, Qt::LeftButton);
            send(QEvent::MouseButtonRelease, b, Qt::LeftButton, Qt::NoButton);
        }
        // A visible client piece that is not alone on its square and fully on screen.
        qint64 visiblePiece(int skip = 0)
        {
            for (const BoardLayout::PiecePlace &place : scene()->layout().places()) {
                if (!place.visible || !place.square.isValid())
                    continue;
                if (!board.view()->viewport()->rect().contains(viewPos(place.piece.center())))
                    continue;
                if (skip-- == 0)
                    return place.personId;
            }
            return 0;
        }
    };

private slots:
    void dragMovesAPieceAsOneUndoableCommand()
    {
        Fixture f;
        const qint64 person = f.visiblePiece(2);
        QVERIFY(person > 0);
        const BoardLayout::PiecePlace place = *f.scene()->layout().place(person);
        BoardSquare target{place.square.file == 0 ? 1 : place.square.file - 1, place.square.rank};
        const QString before = dumpDatabase(f.ws->database());
        const int steps = f.ws->undoStack()->count();
        f.drag(place.piece.center(), f.scene()->layout().squareRect(target).center());
        QCOMPARE(f.ws->undoStack()->count(), steps + 1);
        const auto moved = PersonStore(f.ws->database()).person(person);
        QCOMPARE(moved->departmentId, f.scene()->data().departments[target.file].id);
        QCOMPARE(moved->levelId, f.scene()->data().levels[target.rank].id);
        QCOMPARE(f.scene()->layout().place(person)->square, target);
        f.ws->undoStack()->undo();
        QCOMPARE(dumpDatabase(f.ws->database()), before);
        QCOMPARE(f.scene()->layout().place(person)->square, place.square);
        // A drop off the board moves nothing.
        f.drag(place.piece.center(), f.scene()->layout().railRect().center() + QPointF(120, 0));
        QCOMPARE(dumpDatabase(f.ws->database()), before);
    }

    void dragFromTeamMemberConnectsWithInlineStrength()
    {
        Fixture f;
        const BoardLayout::TeamPlace member = f.scene()->layout().team().first();
        // A client this member does not know yet.
        qint64 client = 0;
        for (int skip = 0; client == 0 && skip < 60; ++skip) {
            const qint64 candidate = f.visiblePiece(skip);
            bool known = false;
            for (const Relationship &r : f.scene()->data().relationships)
                known |= (r.fromId == member.personId && r.toId == candidate) ||
                         (r.toId == member.personId && r.fromId == candidate);
            if (candidate && !known)
                client = candidate;
        }
        QVERIFY(client > 0);
        f.board.view()->centerOn(
            QPointF(f.scene()->layout().boardRect().left(), member.card.center().y()));
        const QString before = dumpDatabase(f.ws->database());
        const int relationships = int(f.scene()->data().relationships.size());
        f.drag(member.card.center(), f.scene()->layout().place(client)->piece.center());
        StrengthPrompt *prompt = f.board.view()->strengthPrompt();
        QVERIFY(prompt->isVisible());
        QCOMPARE(prompt->fromId(), member.personId);
        QCOMPARE(prompt->toId(), client);
        QVERIFY(!prompt->kindBox()->isVisible()); // team → client is a working line
        QTest::mouseClick(prompt->findChild<QToolButton *>(QStringLiteral("strength4")),
                          Qt::LeftButton);
        QVERIFY(!prompt->isVisible());
        QCOMPARE(int(f.scene()->data().relationships.size()), relationships + 1);
        const Relationship &added = f.scene()->data().relationships.last();
        QCOMPARE(added.fromId, member.personId);
        QCOMPARE(added.toId, client);
        QCOMPARE(added.strength, 4);
        QCOMPARE(added.kind, RelationshipKind::Working);
        QVERIFY(f.scene()->lines().indexOf(added.id) >= 0);
        f.ws->undoStack()->undo();
        QCOMPARE(dumpDatabase(f.ws->database()), before);
    }

    void connectingTwoTeamMembersIsRefusedWhereTheUserLooks()
    {
        Fixture f;
        const auto &team = f.scene()->layout().team();
        f.board.view()->centerOn(team.first().card.center());
        const QString before = dumpDatabase(f.ws->database());
        f.drag(team[0].card.center(), team[1].card.center());
        QVERIFY(!f.board.view()->strengthPrompt()->isVisible());
        QVERIFY(f.board.view()->messageVisible());
        QVERIFY(f.board.view()->message().contains(QLatin1String("client")));
        QCOMPARE(dumpDatabase(f.ws->database()), before);
    }

    void wallToolDrawsAndRemovesAWall()
    {
        Fixture f;
        f.board.findChild<QToolButton *>(QStringLiteral("toolWall"))->click();
        QCOMPARE(f.scene()->tool(), BoardScene::Tool::Wall);
        const int walls = int(f.scene()->data().walls.size());
        // The border between the files 3 and 4 (no wall there in the demo).
        BoardLayout::Border border{true, 3};
        QVERIFY(f.scene()->wallOn(border) == 0);
        const QPointF onBorder = f.scene()->layout().borderLine(border).center();
        f.board.view()->centerOn(onBorder);
        QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::NoModifier, f.viewPos(onBorder));
        QCOMPARE(int(f.scene()->data().walls.size()), walls + 1);
        const Wall &wall = f.scene()->data().walls.last();
        QCOMPARE(wall.kind, WallKind::Department);
        QCOMPARE(QSet<qint64>({wall.a, wall.b}),
                 QSet<qint64>(
                     {f.scene()->data().departments[3].id, f.scene()->data().departments[4].id}));
        // Clicking the wall again takes it down; undo puts it back.
        QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::NoModifier, f.viewPos(onBorder));
        QCOMPARE(int(f.scene()->data().walls.size()), walls);
        f.ws->undoStack()->undo();
        QCOMPARE(int(f.scene()->data().walls.size()), walls + 1);
    }

    void inspectorEditsEveryFieldAsOneCommand()
    {
        Fixture f;
        const qint64 person = f.visiblePiece(4);
        QTest::mouseClick(f.viewport(), Qt::LeftButton, Qt::NoModifier,
                          f.viewPos(f.scene()->layout().place(person)->piece.center()));
        QCOMPARE(f.scene()->selectedPersonId(), person);
        InspectorPanel *inspector = f.board.inspector();
        QCOMPARE(inspector->personId(), person);
        const QString before = dumpDatabase(f.ws->database());
        auto *name = inspector->findChild<QLineEdit *>(QStringLiteral("inspectorName"));
        auto *title = inspector->findChild<QLineEdit *>(QStringLiteral("inspectorTitle"));
        auto *attitude = inspector->findChild<QComboBox *>(QStringLiteral("inspectorAttitude"));
        auto *piece = inspector->findChild<QComboBox *>(QStringLiteral("inspectorPiece"));
        name->setText(QStringLiteral("Renamed Person"));
        title->setText(QStringLiteral("Chief Renaming Officer"));
        attitude->setCurrentIndex(attitude->findData(QStringLiteral("opponent")));
        piece->setCurrentIndex(piece->findData(QStringLiteral("knight")));
        const int steps = f.ws->undoStack()->count();
        QTest::mouseClick(inspector->findChild<QPushButton *>(QStringLiteral("inspectorApply")),
                          Qt::LeftButton);
        QCOMPARE(f.ws->undoStack()->count(), steps + 1);
        const Person *edited = f.scene()->data().person(person);
        QCOMPARE(edited->name, QStringLiteral("Renamed Person"));
        QCOMPARE(edited->title, QStringLiteral("Chief Renaming Officer"));
        QCOMPARE(edited->attitude, Attitude::Opponent);
        QCOMPARE(edited->piece(), Piece::Knight);
        f.ws->undoStack()->undo();
        QCOMPARE(dumpDatabase(f.ws->database()), before);
        QCOMPARE(name->text(),
                 f.scene()->data().person(person)->name); // the inspector follows undo
    }

    void inspectorRefusesASecondKingAndAnEmptyName()
    {
        Fixture f;
        // Any visible piece but the King (which one shows first depends on the window's size).
        qint64 person = 0;
        for (int skip = 0; person == 0 || f.scene()->data().person(person)->decisionRole ==
                                              DecisionRole::DecisionMaker;
             ++skip) {
            person = f.visiblePiece(skip);
            QVERIFY(person > 0);
        }
        f.scene()->selectPerson(person);
        InspectorPanel *inspector = f.board.inspector();
        const QString before = dumpDatabase(f.ws->database());
        auto *role = inspector->findChild<QComboBox *>(QStringLiteral("inspectorDecisionRole"));
        role->setCurrentIndex(role->findData(QStringLiteral("decision_maker")));
        QVERIFY(!inspector->applyPerson());
        QVERIFY2(inspector->message().contains(QLatin1String("King")),
                 qPrintable(inspector->message()));
        QCOMPARE(dumpDatabase(f.ws->database()), before);
        f.scene()->selectPerson(person);
        inspector->findChild<QLineEdit *>(QStringLiteral("inspectorName"))
            ->setText(QStringLiteral("  "));
        QVERIFY(!inspector->applyPerson());
        QVERIFY(!inspector->message().isEmpty());
        QCOMPARE(dumpDatabase(f.ws->database()), before);
    }

    void inspectorEditsRelationshipsAndAddsPeople()
    {
        Fixture f;
        const Relationship r = f.scene()->data().relationships.first();
        f.scene()->selectRelationship(r.id);
        InspectorPanel *inspector = f.board.inspector();
        QCOMPARE(inspector->relationshipId(), r.id);
        auto *strength = inspector->findChild<QSpinBox *>(QStringLiteral("inspectorStrength"));
        strength->setValue(r.strength == 5 ? 1 : 5);
        QVERIFY(inspector->applyRelationship());
        QCOMPARE(f.scene()->data().relationship(r.id)->strength, r.strength == 5 ? 1 : 5);
        strength->setValue(7); // clamped by the editor: strength stays within 1 … 5
        QCOMPARE(strength->value(), 5);

        // Add a client person on the current square.
        f.scene()->clearSelection();
        f.scene()->setCurrentSquare({2, 3});
        f.board.inspector()->showNothing({2, 3});
        inspector->findChild<QLineEdit *>(QStringLiteral("inspectorNewName"))
            ->setText(QStringLiteral("Nora New"));
        const int clients = int(f.scene()->data().clients.size());
        QTest::mouseClick(inspector->findChild<QPushButton *>(QStringLiteral("inspectorAddPerson")),
                          Qt::LeftButton);
        QCOMPARE(int(f.scene()->data().clients.size()), clients + 1);
        const Person &added = f.scene()->data().clients.last();
        QCOMPARE(added.name, QStringLiteral("Nora New"));
        QCOMPARE(f.scene()->layout().place(added.id)->square, BoardSquare({2, 3}));
        QCOMPARE(f.scene()->selectedPersonId(), added.id);
    }

    void keyboardMovesSelectionEditsAndDeletes()
    {
        Fixture f;
        f.board.view()->setFocus();
        // A piece on screen that Delete may remove: people linked to plan actions are
        // refused (which piece is on screen depends on the window's size).
        qint64 first = 0;
        for (int skip = 0;
             !first || Sql::scalar(f.ws->database(),
                                   QStringLiteral("SELECT count(*) FROM actions "
                                                  "WHERE owner_id = ? OR person_id = ?"),
                                   {first, first})
                               ->toInt() > 0;
             ++skip) {
            first = f.visiblePiece(skip);
            QVERIFY(first > 0);
        }
        f.scene()->selectPerson(first);
        const BoardSquare start = f.scene()->currentSquare();
        QTest::keyClick(f.board.view(), Qt::Key_Down);
        QCOMPARE(f.scene()->currentSquare().rank,
                 qMin(start.rank + 1, f.scene()->layout().ranks() - 1));
        QTest::keyClick(f.board.view(), Qt::Key_Right);
        QCOMPARE(f.scene()->currentSquare().file,
                 qMin(start.file + 1, f.scene()->layout().files() - 1));
        // Page Down and Page Up go through the people of one square, opening a folded one.
        BoardSquare crowded;
        for (const BoardLayout::PiecePlace &place : f.scene()->layout().places())
            if (place.square.isValid() && f.scene()->layout().peopleOn(place.square).size() > 1) {
                crowded = place.square;
                break;
            }
        QVERIFY(crowded.isValid());
        const QList<qint64> together = f.scene()->layout().peopleOn(crowded);
        f.scene()->selectPerson(together.first());
        QTest::keyClick(f.board.view(), Qt::Key_PageDown);
        QCOMPARE(f.scene()->selectedPersonId(), together[1]);
        QCOMPARE(f.scene()->currentSquare(), crowded);
        QTest::keyClick(f.board.view(), Qt::Key_PageUp);
        QCOMPARE(f.scene()->selectedPersonId(), together.first());
        QTest::keyClick(f.board.view(), Qt::Key_PageUp); // round to the last
        QCOMPARE(f.scene()->selectedPersonId(), together.last());
        f.scene()->collapseAll();
        f.scene()->selectPerson(first);
        // Enter puts the keyboard in the inspector.
        QTest::keyClick(f.board.view(), Qt::Key_Return);
        QVERIFY(f.board.inspector()
                    ->findChild<QLineEdit *>(QStringLiteral("inspectorName"))
                    ->hasFocus());
        // Delete removes (with undo). The board takes the focus back first (on a busy
        // machine the focus change can arrive after the next key otherwise).
        f.board.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.board));
        f.board.view()->setFocus();
        QTRY_VERIFY(f.board.view()->hasFocus());
        const QString before = dumpDatabase(f.ws->database());
        QTest::keyClick(f.board.view(), Qt::Key_Delete);
        QVERIFY2(!f.scene()->data().person(first), qPrintable(f.board.view()->message()));
        f.ws->undoStack()->undo();
        QCOMPARE(dumpDatabase(f.ws->database()), before);
        QVERIFY(f.scene()->data().person(first));
    }

    // README "Accessibility": Shift with an arrow moves the selected piece a square, as
    // one undoable step; at the edge it is refused where the user looks.
    void shiftArrowMovesThePieceOneSquare()
    {
        Fixture f;
        f.board.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.board));
        f.board.view()->setFocus();
        QTRY_VERIFY(f.board.view()->hasFocus());
        const qint64 person = f.visiblePiece(1);
        QVERIFY(person > 0);
        f.scene()->selectPerson(person);
        const BoardSquare start = f.scene()->layout().place(person)->square;
        const bool left = start.file > 0;
        const QString before = dumpDatabase(f.ws->database());
        const int steps = f.ws->undoStack()->index();
        QTest::keyClick(f.board.view(), left ? Qt::Key_Left : Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(f.ws->undoStack()->index(), steps + 1);
        const BoardSquare moved{start.file + (left ? -1 : 1), start.rank};
        QCOMPARE(f.scene()->layout().place(person)->square, moved);
        const auto stored = PersonStore(f.ws->database()).person(person);
        QCOMPARE(stored->departmentId, f.scene()->data().departments[moved.file].id);
        QCOMPARE(stored->levelId, f.scene()->data().levels[moved.rank].id);
        // The piece stays selected and the keyboard's square follows it.
        QCOMPARE(f.scene()->selectedPersonId(), person);
        QCOMPARE(f.scene()->currentSquare(), moved);
        f.ws->undoStack()->undo();
        QCOMPARE(dumpDatabase(f.ws->database()), before);
        QCOMPARE(f.scene()->layout().place(person)->square, start);
        // Off the board: nothing changes and the board says why.
        f.scene()->selectPerson(person);
        for (int i = 0; i <= start.rank; ++i)
            QTest::keyClick(f.board.view(), Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(f.scene()->layout().place(person)->square.rank, 0);
        QCOMPARE(f.ws->undoStack()->index(), steps + start.rank);
        QVERIFY(f.board.view()->messageVisible());
        QVERIFY(f.board.view()->message().contains(QLatin1String("edge")));
    }

    // Tab and Shift+Tab leave the board like any other widget: the keyboard is never
    // trapped on it.
    void tabLeavesTheBoard()
    {
        Fixture f;
        f.board.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&f.board));
        BoardView *view = f.board.view();
        view->setFocus();
        QTRY_VERIFY(view->hasFocus());
        f.scene()->selectPerson(f.visiblePiece(0));
        const qint64 selected = f.scene()->selectedPersonId();
        QTest::keyClick(view, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        QVERIFY(next && next != view);
        QCOMPARE(f.scene()->selectedPersonId(), selected); // Tab changed nothing on the board
        QTest::keyClick(next, Qt::Key_Backtab);
        QTRY_VERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_Backtab);
        QVERIFY(QApplication::focusWidget() != view);
    }

    void searchCentresAndHighlights()
    {
        Fixture f;
        const Person &target = f.scene()->data().clients[17];
        auto *search = f.board.filterBar()->searchEdit();
        search->setText(target.name.left(6));
        QTest::keyClick(search, Qt::Key_Return);
        const qint64 found = f.scene()->selectedPersonId();
        QVERIFY(found > 0);
        QVERIFY(f.scene()->data().person(found)->name.startsWith(target.name.left(6),
                                                                 Qt::CaseInsensitive));
        QVERIFY(f.scene()->highlights()[HighlightKind::Search].people.contains(found));
        const QPoint centre = f.viewPos(f.scene()->sceneCentreOf(found));
        QVERIFY(f.viewport()->rect().adjusted(100, 100, -100, -100).contains(centre));
        search->setText(QStringLiteral("Nobody-Of-That-Name"));
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(!f.board.search(QStringLiteral("Nobody-Of-That-Name")));
    }

    void zoomKeepsWithinLimitsAndFits()
    {
        Fixture f;
        BoardView *view = f.board.view();
        const qreal start = view->zoom();
        view->zoomIn();
        QVERIFY(view->zoom() > start);
        view->zoomOut();
        view->zoomOut();
        QVERIFY(view->zoom() < start);
        QWheelEvent wheel(QPointF(200, 200), view->viewport()->mapToGlobal(QPointF(200, 200)),
                          QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase,
                          false);
        const qreal beforeWheel = view->zoom();
        QApplication::sendEvent(view->viewport(), &wheel);
        QVERIFY(view->zoom() > beforeWheel);
        view->zoomToFit();
        const QRect shown = view->mapFromScene(f.scene()->layout().contentRect()).boundingRect();
        QVERIFY(view->viewport()->rect().adjusted(-2, -2, 2, 2).contains(shown));
    }

    void layersAreCachedUnlessTheScreenIsHuge()
    {
        // Cached board and line layers make hover and pan a blit at every zoom; they take
        // about six viewports of memory, so a view of 4K at twice the pixel ratio draws
        // them directly instead.
        Fixture f;
        QVERIFY(f.scene()->layersCached());
        QVERIFY(BoardView::cachesLayersFor(QSize(1600, 1000)));
        QVERIFY(BoardView::cachesLayersFor(QSize(3840, 2160)));
        QVERIFY(!BoardView::cachesLayersFor(QSize(7680, 4320)));
        f.scene()->setLayersCached(false);
        QVERIFY(!f.scene()->layersCached());
        // The view sets it again from its size when resized.
        f.board.resize(1400, 900);
        QCoreApplication::processEvents();
        QVERIFY(f.scene()->layersCached());
    }

    void aChosenZoomOutlastsResizesAndEdits()
    {
        Fixture f;
        BoardView *view = f.board.view();
        view->zoomToFit();
        QVERIFY(view->fitsBoard());
        // Zooming in brings scroll bars, which resize the viewport; then an edit syncs
        // the scene. Neither may snap the view back to the whole board.
        view->setZoom(1.7);
        QVERIFY(!view->fitsBoard());
        f.board.resize(1400, 900);
        QCoreApplication::processEvents();
        QVERIFY(qAbs(view->zoom() - 1.7) < 1e-9);
        const Person mover = f.scene()->data().clients[3];
        const BoardData &data = f.scene()->data();
        f.ws->execute(new MovePiece(&f.ws.workspace(), mover.id, data.departments[1].id,
                                    data.levels[2].id, mover.name));
        QCoreApplication::processEvents();
        QVERIFY(qAbs(view->zoom() - 1.7) < 1e-9);
        // Fitting again follows the window.
        view->zoomToFit();
        const qreal fitted = view->zoom();
        f.board.resize(1000, 700);
        QCoreApplication::processEvents();
        QVERIFY(view->fitsBoard());
        QVERIFY(view->zoom() < fitted);
    }

    void pinchZoomsAroundTheFingers()
    {
        Fixture f;
        BoardView *view = f.board.view();
        view->setZoom(1.0);
        const QPoint fingers(400, 300);
        const QPointF under = view->mapToScene(fingers);
        // A touchpad pinch (macOS, Wayland): +25 % around the point between the fingers.
        QNativeGestureEvent pinch(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(),
                                  2, QPointF(fingers), QPointF(fingers),
                                  QPointF(view->viewport()->mapToGlobal(fingers)), 0.25, QPointF());
        QApplication::sendEvent(view->viewport(), &pinch);
        QVERIFY(qAbs(view->zoom() - 1.25) < 1e-6);
        QVERIFY(!view->fitsBoard());
        // The board point under the fingers stays under them (to the pixel).
        const QPoint after = view->mapFromScene(under);
        QVERIFY2((after - fingers).manhattanLength() <= 2,
                 qPrintable(QStringLiteral("%1,%2").arg(after.x()).arg(after.y())));
        // Pinching in far stops at the closest zoom, and out at the widest.
        for (int i = 0; i < 40; ++i) {
            QNativeGestureEvent in(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(),
                                   2, QPointF(fingers), QPointF(fingers),
                                   QPointF(view->viewport()->mapToGlobal(fingers)), 0.5, QPointF());
            QApplication::sendEvent(view->viewport(), &in);
        }
        const qreal closest = view->zoom();
        QVERIFY(closest > 1.25 && closest <= 6.0 + 1e-9);
        // Close up, every relationship is drawn one by one.
        QCOMPARE(f.scene()->detail(), BoardLines::Detail::Individual);
        for (int i = 0; i < 80; ++i) {
            QNativeGestureEvent out(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(),
                                    2, QPointF(fingers), QPointF(fingers),
                                    QPointF(view->viewport()->mapToGlobal(fingers)), -0.4,
                                    QPointF());
            QApplication::sendEvent(view->viewport(), &out);
        }
        QVERIFY(view->zoom() < 0.1 && view->zoom() > 0);
    }
};

QTEST_MAIN(TestBoardEditing)
#include "TestBoardEditing.moc"
