// The window as a desktop citizen (README "Desktop behaviour"): View → Language, crisp
// pieces and icons at device pixel ratio 2, a board readable in a light and a dark palette
// (WCAG contrast measured on the rendered pixels), the first run's tour, and the layout
// kept between runs.
#include "board/BoardRenderer.h"
#include "board/BoardScene.h"
#include "board/BoardStyle.h"
#include "board/BoardView.h"
#include "board/BoardWidget.h"
#include "domain/Translations.h"
#include "itemmodels/AccountListModel.h"
#include "mainwindow/LanguageMenu.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RecentWorkspaces.h"
#include "mainwindow/Tour.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolButton>
#include <QtTest>

using namespace Kingside;

namespace {

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &colour)
{
    const auto channel = [](double c) {
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) +
           0.0722 * channel(colour.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

// Text drawn in `rect` of `image`: its background is the commonest colour there, its ink
// the commonest colour among the pixels far from the background (the glyphs' cores; lines
// passing under the text vary, antialiased edges too).
struct Measured
{
    QColor background;
    QColor ink;
    int inkPixels = 0;
};

Measured measureText(const QImage &image, const QRect &rect)
{
    QHash<QRgb, int> all;
    const QRect area = rect & image.rect();
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            ++all[image.pixel(x, y) | 0xFF000000];
    Measured m;
    int best = 0;
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (it.value() > best)
            best = it.value(), m.background = QColor(it.key());
    QHash<QRgb, int> far;
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        if (contrast(QColor(it.key()), m.background) >= 2.0) {
            far[it.key()] += it.value();
            m.inkPixels += it.value();
        }
    best = 0;
    for (auto it = far.cbegin(); it != far.cend(); ++it)
        if (it.value() > best)
            best = it.value(), m.ink = QColor(it.key());
    return m;
}

// Pixels where the image steps sharply to a neighbour: many at a crisp edge, few where an
// upscaled picture smears the same edge over several pixels.
int sharpPixels(const QImage &source)
{
    const QImage image = source.convertToFormat(QImage::Format_Grayscale8);
    int count = 0;
    for (int y = 0; y + 1 < image.height(); ++y) {
        const uchar *row = image.constScanLine(y);
        const uchar *below = image.constScanLine(y + 1);
        for (int x = 0; x + 1 < image.width(); ++x) {
            const int step = qMax(qAbs(row[x + 1] - row[x]), qAbs(below[x] - row[x]));
            count += step >= 80;
        }
    }
    return count;
}

// An image of `logical` size at `ratio` device pixels per pixel, filled white.
QImage canvas(const QSize &logical, qreal ratio)
{
    QImage image(logical * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    return image;
}

// The 1× picture blown up to the 2× one's pixels, as a bitmap renderer would show it.
QImage upscaled(const QImage &image, const QSize &pixels)
{
    QImage copy = image;
    copy.setDevicePixelRatio(1);
    return copy.scaled(pixels, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2D, 0x2D, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xE8, 0xE8, 0xE8));
    dark.setColor(QPalette::Base, QColor(0x1E, 0x1E, 0x1F));
    dark.setColor(QPalette::Text, QColor(0xE8, 0xE8, 0xE8));
    dark.setColor(QPalette::Button, QColor(0x2D, 0x2D, 0x30));
    dark.setColor(QPalette::ButtonText, QColor(0xE8, 0xE8, 0xE8));
    return dark;
}

qint64 accountNamed(MainWindow &window, const QString &name)
{
    auto *list = window.findChild<QListView *>(QStringLiteral("accountList"));
    auto *model = qobject_cast<AccountListModel *>(list->model());
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row).data().toString() == name)
            return model->accountIdAt(row);
    return 0;
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void languageMenuNamesEveryLanguageInItself();
    void windowOffersTheLanguagesAndSaysWhenTheyApply();
    void piecesAreVectorAtDevicePixelRatio2();
    void boardIsCrispAtDevicePixelRatio2();
    void toolIconsAreSvgAtDevicePixelRatio2();
    void boardStaysReadableInLightAndDark_data();
    void boardStaysReadableInLightAndDark();
    void printStaysLightInADarkPalette();
    void tourNeverShowsUnasked();
    void tourStepsThroughAndStaysDismissed();
    void dockPositionsAreKeptBetweenRuns();

private:
    void openDemo(MainWindow &window);
};

void TestDesktop::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(RecentWorkspaces::demoPath());
}

void TestDesktop::init()
{
    QSettings().clear();
}

void TestDesktop::openDemo(MainWindow &window)
{
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openDemoWorkspace());
}

void TestDesktop::languageMenuNamesEveryLanguageInItself()
{
    // German and French as they will be listed once translated.
    LanguageMenu menu({QStringLiteral("de"), QStringLiteral("fr")});
    QCOMPARE(int(menu.actions().size()), 5); // system, separator, English, Deutsch, Français
    QVERIFY(menu.entryFor({}));
    QVERIFY(menu.entryFor({})->text().contains(QLatin1String("System")));
    QCOMPARE(menu.entryFor(QStringLiteral("en"))->text(), QStringLiteral("English"));
    QCOMPARE(menu.entryFor(QStringLiteral("de"))->text(), QStringLiteral("Deutsch"));
    QCOMPARE(menu.entryFor(QStringLiteral("fr"))->text(), QStringLiteral("Français"));
    for (QAction *action : menu.actions())
        QVERIFY(action->isSeparator() || !action->statusTip().isEmpty());
    // Nothing chosen yet: the system's language is ticked.
    QVERIFY(menu.entryFor({})->isChecked());

    QSignalSpy chosen(&menu, &LanguageMenu::chosen);
    menu.entryFor(QStringLiteral("de"))->trigger();
    QCOMPARE(Translations::chosenLanguage(), QStringLiteral("de"));
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.first().value(1).toString(), QStringLiteral("Deutsch"));
    // A menu made later ticks the stored choice.
    LanguageMenu later({QStringLiteral("de"), QStringLiteral("fr")});
    QVERIFY(later.entryFor(QStringLiteral("de"))->isChecked());
    QVERIFY(!later.entryFor({})->isChecked());
    // Back to the system's: the setting goes.
    later.entryFor({})->trigger();
    QVERIFY(Translations::chosenLanguage().isEmpty());
    QVERIFY(!QSettings().contains(QStringLiteral("interface/language")));
}

void TestDesktop::windowOffersTheLanguagesAndSaysWhenTheyApply()
{
    MainWindow window;
    openDemo(window);
    auto *view = window.findChild<QMenu *>(QStringLiteral("menuView"));
    auto *menu = window.findChild<LanguageMenu *>(QStringLiteral("menuLanguage"));
    QVERIFY(view && menu);
    QVERIFY(view->actions().contains(menu->menuAction()));
    // System, English and every translation there is, nothing else.
    QCOMPARE(int(menu->actions().size()), 3 + int(Translations::available().size()));
    for (const QString &language : Translations::available())
        QVERIFY2(menu->entryFor(language), qPrintable(language));
    menu->entryFor(QStringLiteral("en"))->trigger();
    QCOMPARE(Translations::chosenLanguage(), QStringLiteral("en"));
    QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("next start")),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestDesktop::piecesAreVectorAtDevicePixelRatio2()
{
    // One King, 60 pixels high: drawn at twice the pixels, its outline stays one step wide.
    const QSize logical(60, 60);
    QImage one = canvas(logical, 1);
    QImage two = canvas(logical, 2);
    for (QImage *image : {&one, &two}) {
        QPainter painter(image);
        painter.setRenderHint(QPainter::Antialiasing);
        BoardRenderer::paintPiece(&painter, Piece::King, Attitude::Champion,
                                  QRectF(QPointF(0, 0), logical).adjusted(6, 6, -6, -6));
    }
    QCOMPARE(two.size(), QSize(120, 120));
    const int crisp = sharpPixels(two);
    const int blurred = sharpPixels(upscaled(one, two.size()));
    QVERIFY2(
        crisp > 1.4 * blurred,
        qPrintable(QStringLiteral("2×: %1 sharp pixels, 1× upscaled: %2").arg(crisp).arg(blurred)));
}

void TestDesktop::boardIsCrispAtDevicePixelRatio2()
{
    MainWindow window;
    openDemo(window);
    window.selectAccount(accountNamed(window, QStringLiteral("Kestrel Foods")));
    const BoardData &data = window.board()->scene()->data();
    QVERIFY(!data.clients.isEmpty());
    BoardRenderOptions options;
    options.legend = false;
    const QSize logical(700, 450);
    QImage one = canvas(logical, 1);
    QImage two = canvas(logical, 2);
    for (QImage *image : {&one, &two}) {
        QPainter painter(image);
        BoardRenderer(data).paint(&painter, QRectF(QPointF(0, 0), logical), options);
    }
    const int crisp = sharpPixels(two);
    const int blurred = sharpPixels(upscaled(one, two.size()));
    QVERIFY2(
        crisp > 1.3 * blurred,
        qPrintable(QStringLiteral("2×: %1 sharp pixels, 1× upscaled: %2").arg(crisp).arg(blurred)));
}

void TestDesktop::toolIconsAreSvgAtDevicePixelRatio2()
{
    MainWindow window;
    openDemo(window);
    const QList<QAction *> tools = window.board()->toolActions();
    QCOMPARE(int(tools.size()), 4);
    for (QAction *tool : tools) {
        const QIcon icon = tool->icon();
        QVERIFY2(!icon.isNull(), qPrintable(tool->objectName()));
        // Drawn for the 2× screen from the vector, not a 24-pixel picture blown up.
        const QPixmap sharp = icon.pixmap(QSize(24, 24), 2.0);
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QCOMPARE(sharp.size(), QSize(48, 48));
        const QPixmap small = icon.pixmap(QSize(24, 24), 1.0);
        QCOMPARE(small.size(), QSize(24, 24));
        QImage onWhite(48, 48, QImage::Format_ARGB32_Premultiplied);
        onWhite.fill(Qt::white);
        QPainter(&onWhite).drawImage(QRect(0, 0, 48, 48), sharp.toImage());
        QImage smallOnWhite(24, 24, QImage::Format_ARGB32_Premultiplied);
        smallOnWhite.fill(Qt::white);
        QPainter(&smallOnWhite).drawImage(QRect(0, 0, 24, 24), small.toImage());
        const int crisp = sharpPixels(onWhite);
        const int blurred = sharpPixels(upscaled(smallOnWhite, QSize(48, 48)));
        QVERIFY2(crisp > 1.3 * blurred, qPrintable(QStringLiteral("%1: %2 against %3")
                                                       .arg(tool->objectName())
                                                       .arg(crisp)
                                                       .arg(blurred)));
    }
}

void TestDesktop::boardStaysReadableInLightAndDark_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light palette") << false;
    QTest::newRow("dark palette") << true;
}

void TestDesktop::boardStaysReadableInLightAndDark()
{
    QFETCH(bool, dark);
    const QPalette original = QApplication::palette();
    MainWindow window;
    openDemo(window);
    window.selectAccount(accountNamed(window, QStringLiteral("Kestrel Foods")));
    window.accountTabs()->setCurrentWidget(window.board());
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    QCoreApplication::processEvents();
    QCOMPARE(BoardStyle::scheme(), dark ? BoardStyle::Scheme::Dark : BoardStyle::Scheme::Light);

    BoardScene *scene = window.board()->scene();
    const BoardLayout &layout = scene->layout();
    const QColor viewBackground = window.board()->view()->backgroundBrush().color();
    // The board around the pieces follows the palette.
    QVERIFY2(dark ? luminance(viewBackground) < 0.1 : luminance(viewBackground) > 0.7,
             qPrintable(viewBackground.name()));

    // The board as the screen draws it, four times the size: names, titles, edge labels.
    const qreal zoom = 4;
    const QRectF source = layout.contentRect();
    QImage image((source.size() * zoom).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(viewBackground);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene->render(&painter, QRectF(QPointF(0, 0), source.size() * zoom), source);
    }
    const auto inImage = [&](const QRectF &rect) {
        return QRectF((rect.topLeft() - source.topLeft()) * zoom, rect.size() * zoom).toRect();
    };
    if (!qEnvironmentVariableIsEmpty("KINGSIDE_SCREENSHOTS"))
        image.save(QDir(qEnvironmentVariable("KINGSIDE_SCREENSHOTS"))
                       .filePath(dark ? QStringLiteral("board-dark.png")
                                      : QStringLiteral("board-light.png")));

    int names = 0;
    QStringList poor;
    for (const BoardLayout::PiecePlace &place : layout.places()) {
        if (!place.visible || !place.square.isValid())
            continue;
        const QRectF name(place.slot.left() + 1, place.piece.bottom() + 1, place.slot.width() - 2,
                          11);
        const QRectF title(name.left(), name.top() + 11.5, name.width(), 10);
        for (const QRectF &text : {name, title}) {
            const Measured m = measureText(image, inImage(text));
            if (m.inkPixels < 20)
                continue; // no title, or too short to measure
            ++names;
            // The text stands on its square, which follows the palette too.
            const bool squareFollows =
                dark ? luminance(m.background) < 0.2 : luminance(m.background) > 0.4;
            if (contrast(m.ink, m.background) < 4.5 || !squareFollows)
                poor.append(QStringLiteral("%1: %2 on %3 (%4:1)")
                                .arg(scene->data().person(place.personId)->name, m.ink.name(),
                                     m.background.name())
                                .arg(contrast(m.ink, m.background), 0, 'f', 2));
        }
    }
    // The departments' names along the edge, on the board's surroundings.
    for (int file = 0; file < layout.files(); ++file) {
        // The label's text box, above the board's frame (the frame is no text).
        QRectF label = layout.fileLabelRect(file, true).adjusted(4, 2, -4, -2);
        label.setBottom(qMin(label.bottom(), layout.boardRect().top() - 7));
        const Measured m = measureText(image, inImage(label));
        QVERIFY(m.inkPixels >= 20);
        ++names;
        if (contrast(m.ink, m.background) < 4.5)
            poor.append(QStringLiteral("department %1: %2 on %3 (%4:1)")
                            .arg(file)
                            .arg(m.ink.name(), m.background.name())
                            .arg(contrast(m.ink, m.background), 0, 'f', 2));
    }
    QVERIFY2(names >= 10, qPrintable(QString::number(names)));
    QVERIFY2(poor.isEmpty(), qPrintable(poor.join(u"; ")));
    QApplication::setPalette(original);
    QCoreApplication::processEvents();
}

void TestDesktop::printStaysLightInADarkPalette()
{
    const QPalette original = QApplication::palette();
    MainWindow window;
    openDemo(window);
    QApplication::setPalette(darkPalette());
    QCoreApplication::processEvents();
    QCOMPARE(BoardStyle::scheme(), BoardStyle::Scheme::Dark);
    // A picture of the board (PDF, SVG, PNG, print) is paper: light squares as in print.
    const BoardData &data = window.board()->scene()->data();
    QImage image(600, 400, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QColor square;
    {
        QPainter painter(&image);
        BoardRenderOptions options;
        options.legend = false;
        const QRectF board = BoardRenderer(data).paint(&painter, image.rect(), options);
        painter.end();
        BoardLayout layout;
        layout.build(data, {});
        const QRectF first = layout.squareRect({0, 0});
        const qreal scale = board.width() / layout.contentRect().width();
        const QRectF inImage(board.topLeft() +
                                 (first.topLeft() - layout.contentRect().topLeft()) * scale,
                             first.size() * scale);
        square = measureText(image, inImage.toRect()).background; // the commonest colour
    }
    QVERIFY2(luminance(square) > 0.6, qPrintable(square.name()));
    QCOMPARE(BoardStyle::scheme(), BoardStyle::Scheme::Dark); // the screen stays dark
    QApplication::setPalette(original);
    QCoreApplication::processEvents();
}

void TestDesktop::tourNeverShowsUnasked()
{
    MainWindow window;
    openDemo(window);
    QCoreApplication::processEvents();
    auto *tour = window.findChild<Tour *>();
    QVERIFY(!tour || !tour->isVisible());
    // Switched off for automated runs even on a first run.
    qputenv("KINGSIDE_NO_TOUR", "1");
    QVERIFY(!Tour::wanted());
    window.offerTour();
    QVERIFY(!window.tour() || !window.tour()->isVisible());
    qunsetenv("KINGSIDE_NO_TOUR");
}

void TestDesktop::tourStepsThroughAndStaysDismissed()
{
    {
        MainWindow window;
        openDemo(window);
        QVERIFY(Tour::wanted()); // a first run
        window.offerTour();
        Tour *tour = window.tour();
        QVERIFY(tour && tour->isVisible());
        QCOMPARE(tour->stepCount(), 4);
        QCOMPARE(tour->step(), 0);
        QVERIFY(tour->stepTitle().contains(QLatin1String("portfolio")));
        QCOMPARE(window.accountTabs()->currentIndex(), 0);
        QVERIFY(window.rect().contains(tour->geometry())); // whole in a 1280×720 window
        auto *outline = window.findChild<QWidget *>(QStringLiteral("tourOutline"));
        QVERIFY(outline && outline->isVisible());

        auto *next = tour->findChild<QPushButton *>(QStringLiteral("tourNext"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(tour->step(), 1);
        QVERIFY(tour->stepTitle().contains(QLatin1String("board")));
        QCOMPARE(window.accountTabs()->currentWidget(), window.board());
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(tour->stepTitle().contains(QLatin1String("Questions")));
        auto *questions = window.findChild<QDockWidget *>(QStringLiteral("questionsDock"));
        QVERIFY(questions->isVisible());
        QCOMPARE(outline->geometry().center(),
                 QRect(questions->mapTo(&window, QPoint(0, 0)), questions->size()).center());
        // Back goes back.
        QTest::mouseClick(tour->findChild<QPushButton *>(QStringLiteral("tourBack")),
                          Qt::LeftButton);
        QCOMPARE(tour->step(), 1);
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(tour->step(), 3);
        QVERIFY(tour->stepTitle().contains(QLatin1String("plan")));
        QCOMPARE(window.accountTabs()->currentWidget()->objectName(), QStringLiteral("planView"));
        QVERIFY(Tour::wanted()); // not dismissed by looking
        QTest::mouseClick(tour->findChild<QPushButton *>(QStringLiteral("tourClose")),
                          Qt::LeftButton);
        QVERIFY(!tour->isVisible());
        QVERIFY(!outline->isVisible());
        QVERIFY(!Tour::wanted());
        window.close();
    }
    // The next run does not offer it again...
    MainWindow again;
    openDemo(again);
    again.offerTour();
    QVERIFY(!again.tour() || !again.tour()->isVisible());
    // ...but Help → Tour shows it, from its first step.
    auto *help = again.findChild<QMenu *>(QStringLiteral("menuHelp"));
    auto *action = again.findChild<QAction *>(QStringLiteral("actionTour"));
    QVERIFY(help && action && help->actions().contains(action));
    action->trigger();
    QVERIFY(again.tour() && again.tour()->isVisible());
    QCOMPARE(again.tour()->step(), 0);
    // Finishing it (Done on the last step) dismisses it as well.
    for (int i = 0; i < again.tour()->stepCount(); ++i)
        again.tour()->next();
    QVERIFY(!again.tour()->isVisible());
    QVERIFY(!Tour::wanted());
}

void TestDesktop::dockPositionsAreKeptBetweenRuns()
{
    {
        MainWindow window;
        openDemo(window);
        auto *questions = window.findChild<QDockWidget *>(QStringLiteral("questionsDock"));
        auto *accounts = window.findChild<QDockWidget *>(QStringLiteral("accountsDock"));
        QCOMPARE(window.dockWidgetArea(questions), Qt::LeftDockWidgetArea);
        window.addDockWidget(Qt::RightDockWidgetArea, questions);
        accounts->close();
        QCoreApplication::processEvents();
        window.close(); // saves the layout
    }
    MainWindow again;
    openDemo(again);
    auto *questions = again.findChild<QDockWidget *>(QStringLiteral("questionsDock"));
    auto *accounts = again.findChild<QDockWidget *>(QStringLiteral("accountsDock"));
    QCOMPARE(again.dockWidgetArea(questions), Qt::RightDockWidgetArea);
    QVERIFY(questions->isVisible());
    QVERIFY(!accounts->isVisible());
    // A first run fits the screen it opens on.
    QSettings().clear();
    MainWindow fresh;
    const QRect screen = fresh.screen()->availableGeometry();
    QVERIFY(fresh.width() <= screen.width() && fresh.height() <= screen.height());
}

QTEST_MAIN(TestDesktop)
#include "TestDesktop.moc"
