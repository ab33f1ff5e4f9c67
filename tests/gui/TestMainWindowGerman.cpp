// The main window in German (README "Translations"): with German chosen in the settings, the
// menus, the tabs and the panels read German, and no menu entry is left in English. The
// English texts to compare with are read from the same window built in English first.
#include "domain/Translations.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RecentWorkspaces.h"
#include "planning/PlanView.h"
#include "portfolio/PortfolioView.h"
#include "scoring/PortfolioTableModel.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace Kingside;

namespace {

struct Entry
{
    QString path; // "&File/&Export Map" of the menu holding it, in the window's language
    QString text;
    QMenu *menu = nullptr;
};

void walk(QMenu *menu, const QString &path, QList<Entry> &entries)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        entries.append({path, action->text(), menu});
        if (action->menu())
            walk(action->menu(), path + QLatin1Char('/') + action->text(), entries);
    }
}

// Every entry of the menu bar: its menus' titles, their actions and submenus, in order.
QList<Entry> menuEntries(MainWindow &window)
{
    QList<Entry> entries;
    for (QAction *title : window.menuBar()->actions()) {
        entries.append({QString(), title->text(), nullptr});
        if (title->menu())
            walk(title->menu(), title->text(), entries);
    }
    return entries;
}

QStringList tabTexts(const QTabWidget *tabs)
{
    QStringList texts;
    for (int i = 0; i < tabs->count(); ++i)
        texts << tabs->tabText(i);
    return texts;
}

QStringList dockTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QDockWidget *dock : window.findChildren<QDockWidget *>())
        titles << dock->windowTitle();
    titles.sort();
    return titles;
}

// The letter after a single '&', lower case; empty when there is none.
QString accelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

// Texts that read the same in German: names, the glossary's loanwords (README
// "Translations"), and the languages' own names in View → Language.
const QStringList sameInGerman = {
    QStringLiteral("&Portfolio"), QStringLiteral("Portfolio"), QStringLiteral("Accounts"),
    QStringLiteral("Plan"),       QStringLiteral("P&lan"),     QStringLiteral("Reviews"),
    QStringLiteral("English"),    QStringLiteral("Deutsch"),   QStringLiteral("Français")};

} // namespace

class TestMainWindowGerman : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void menusHaveNoEnglishLeft();
    void acceleratorsAreUniqueInEachMenu();
    void panelsReadGerman();
    void languageIsChosenFromTheViewMenu();

private:
    QList<Entry> m_englishMenus;
    QStringList m_englishTabs;
    QStringList m_englishPlanTabs;
    QStringList m_englishDocks;
};

void TestMainWindowGerman::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and the demo go to a test location
    QFile::remove(RecentWorkspaces::demoPath());
    QSettings().clear();
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    {
        MainWindow english;
        english.show();
        QVERIFY(english.openDemoWorkspace());
        m_englishMenus = menuEntries(english);
        m_englishTabs = tabTexts(english.accountTabs());
        m_englishPlanTabs = tabTexts(english.findChild<QTabWidget *>(QStringLiteral("planTabs")));
        m_englishDocks = dockTitles(english);
    }
    QVERIFY(m_englishMenus.size() > 30);
    QCOMPARE(m_englishMenus.first().text, QStringLiteral("&File"));

    // German chosen as in View → Language: the setting, read by install() at start.
    Translations::setChosenLanguage(QStringLiteral("de"));
    QCOMPARE(Translations::install(), QStringLiteral("de"));
}

void TestMainWindowGerman::menusHaveNoEnglishLeft()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDemoWorkspace());
    const QList<Entry> german = menuEntries(window);

    QStringList titles;
    for (const Entry &entry : german)
        if (entry.path.isEmpty())
            titles << entry.text;
    QStringList expectedTitles = {QStringLiteral("&Datei"),   QStringLiteral("&Bearbeiten"),
                                  QStringLiteral("A&ccount"), QStringLiteral("&Ansicht"),
                                  QStringLiteral("&Hilfe"),   QStringLiteral("&Portfolio")};
    for (const QString &title : expectedTitles)
        QVERIFY2(titles.contains(title), qPrintable(titles.join(QStringLiteral(", "))));

    // The same menus, entry for entry, and each one's text differs from the English.
    QCOMPARE(german.size(), m_englishMenus.size());
    QStringList english;
    for (qsizetype i = 0; i < german.size(); ++i) {
        const QString &source = m_englishMenus.at(i).text;
        if (german.at(i).text == source && !sameInGerman.contains(source))
            english << m_englishMenus.at(i).path + QStringLiteral(" → ") + source;
    }
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("Menu entries still in English: ") +
                                           english.join(QStringLiteral("; "))));
}

void TestMainWindowGerman::acceleratorsAreUniqueInEachMenu()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDemoWorkspace());
    const QList<Entry> german = menuEntries(window);
    QMap<QString, QStringList> byMenu; // "path|letter" → texts
    for (const Entry &entry : german) {
        const QString letter = accelerator(entry.text);
        if (!letter.isEmpty())
            byMenu[entry.path + QLatin1Char('|') + letter] << entry.text;
    }
    QStringList clashes;
    for (auto it = byMenu.cbegin(); it != byMenu.cend(); ++it)
        if (it.value().size() > 1)
            clashes << it.value().join(QStringLiteral(" / "));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestMainWindowGerman::panelsReadGerman()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openDemoWorkspace());

    const QStringList tabs = tabTexts(window.accountTabs());
    QCOMPARE(tabs.size(), m_englishTabs.size());
    QVERIFY2(tabs.contains(QStringLiteral("Brett")) && tabs.contains(QStringLiteral("Personen")) &&
                 tabs.contains(QStringLiteral("Beziehungen")) &&
                 tabs.contains(QStringLiteral("Plan und Reviews")),
             qPrintable(tabs.join(QStringLiteral(", "))));
    for (qsizetype i = 0; i < tabs.size(); ++i)
        QVERIFY2(tabs.at(i) != m_englishTabs.at(i) || sameInGerman.contains(tabs.at(i)),
                 qPrintable(tabs.at(i)));
    const QStringList planTabs =
        tabTexts(window.findChild<QTabWidget *>(QStringLiteral("planTabs")));
    QCOMPARE(planTabs.size(), m_englishPlanTabs.size());
    QVERIFY2(planTabs.contains(QStringLiteral("Was sich geändert hat")),
             qPrintable(planTabs.join(QStringLiteral(", "))));
    const QStringList docks = dockTitles(window);
    QCOMPARE(docks.size(), m_englishDocks.size());
    QVERIFY2(docks.contains(QStringLiteral("Fragen")),
             qPrintable(docks.join(QStringLiteral(", "))));

    // The portfolio: German headers and health, a plural in both forms' place.
    auto *portfolio = window.findChild<PortfolioView *>(QStringLiteral("portfolioView"));
    QVERIFY(portfolio);
    PortfolioTableModel *model = portfolio->tableModel();
    QCOMPARE(model->headerData(PortfolioTableModel::TierColumn, Qt::Horizontal).toString(),
             QStringLiteral("Stufe"));
    QCOMPARE(
        model->headerData(PortfolioTableModel::AttractivenessColumn, Qt::Horizontal).toString(),
        QStringLiteral("Attraktivität"));
    const int row = model->rowOf(window.currentAccountId());
    QVERIFY(row >= 0);
    const QString health = model->index(row, PortfolioTableModel::HealthColumn).data().toString();
    QVERIFY2(health.contains(QStringLiteral("König im Schach")), qPrintable(health));
    QVERIFY2(health.contains(QStringLiteral("Maßnahmen verspätet")) ||
                 health.contains(QStringLiteral("Maßnahme verspätet")),
             qPrintable(health));
    QVERIFY2(!health.contains(QStringLiteral("late")), qPrintable(health));

    // The ten questions, answered in German.
    auto *questions = window.findChild<QTextBrowser *>(QStringLiteral("questionsBrowser"));
    QVERIFY(questions);
    QTRY_VERIFY_WITH_TIMEOUT(questions->toPlainText().contains(QStringLiteral("Wer ist der König")),
                             20000);
    const QString answers = questions->toPlainText();
    QVERIFY2(answers.contains(QStringLiteral("Wer ist die Dame")), qPrintable(answers.left(400)));
    QVERIFY2(!answers.contains(QStringLiteral("Who is the King")), qPrintable(answers.left(400)));
}

void TestMainWindowGerman::languageIsChosenFromTheViewMenu()
{
    MainWindow window;
    window.show();
    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuLanguage"));
    QVERIFY(menu);
    QCOMPARE(menu->title(), QStringLiteral("&Sprache"));
    QStringList names;
    for (const QAction *action : menu->actions())
        if (!action->isSeparator())
            names << action->text();
    QVERIFY2(names.first().startsWith(QStringLiteral("&Systemstandard")),
             qPrintable(names.first()));
    QVERIFY2(names.contains(QStringLiteral("English")) && names.contains(QStringLiteral("Deutsch")),
             qPrintable(names.join(QStringLiteral(", "))));
    auto *german = window.findChild<QAction *>(QStringLiteral("actionLanguage_de"));
    auto *english = window.findChild<QAction *>(QStringLiteral("actionLanguage_en"));
    auto *system = window.findChild<QAction *>(QStringLiteral("actionLanguage_system"));
    QVERIFY(german && english && system);
    QVERIFY(german->isChecked()); // the language chosen in initTestCase
    english->trigger();
    QCOMPARE(Translations::chosenLanguage(), QStringLiteral("en"));
    QVERIFY(english->isChecked() && !german->isChecked());
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("nächsten Start")),
             qPrintable(window.statusBar()->currentMessage()));
    system->trigger();
    QCOMPARE(Translations::chosenLanguage(), QString());
    QVERIFY(!QSettings().contains(QStringLiteral("interface/language")));
    german->trigger();
    QCOMPARE(Translations::chosenLanguage(), QStringLiteral("de"));
}

QTEST_MAIN(TestMainWindowGerman)
#include "TestMainWindowGerman.moc"
