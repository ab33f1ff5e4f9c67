#pragma once

#include <QMenu>

class QActionGroup;

namespace Kingside {

// View → Language: the system's language, English, and every language Kingside is
// translated into, each in its own name (README "Desktop behaviour"). A choice is stored
// with Translations::setChosenLanguage() and applies from the next start.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    // `languages` as Translations::available() lists them ("de", "fr").
    explicit LanguageMenu(const QStringList &languages, QWidget *parent = nullptr);

    // The entry for a QLocale name ("de"), "en", or the empty string for the system's.
    QAction *entryFor(const QString &language) const;

signals:
    // A language was chosen and stored; its name as the menu shows it.
    void chosen(const QString &language, const QString &shownName);

private:
    void markChosen();

    QActionGroup *m_group;
};

} // namespace Kingside
