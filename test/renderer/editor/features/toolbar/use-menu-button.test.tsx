import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useMenuButton } from '../../../../../renderer/src/editor/features/toolbar/use-menu-button';

/** A bare menu button on the hook, inside a container that records the keys that reach it. */
function Menu({ chosen, outerKeys }: { chosen: string[]; outerKeys: string[] }) {
  const menu = useMenuButton();
  const choose = (name: string) => {
    menu.closeOnChoice();
    chosen.push(name);
  };
  return (
    <div onKeyDown={(event) => outerKeys.push(event.key)}>
      <div onBlur={menu.onBlur}>
        <button {...menu.buttonProps} type="button">
          Меню
        </button>
        {menu.open ? (
          <ul {...menu.menuProps} aria-label="Пункти">
            {['Перший', 'Другий'].map((name) => (
              <li key={name} role="none">
                <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose(name)}>
                  {name}
                </button>
              </li>
            ))}
            <li role="separator" />
            <li role="none">
              <button type="button" role="menuitemcheckbox" aria-checked tabIndex={-1}>
                Третій
              </button>
            </li>
          </ul>
        ) : null}
      </div>
      <button type="button">Поза меню</button>
    </div>
  );
}

function setup() {
  const chosen: string[] = [];
  const outerKeys: string[] = [];
  render(<Menu chosen={chosen} outerKeys={outerKeys} />);
  const button = screen.getByRole('button', { name: 'Меню' });
  const item = (name: string) => screen.getByRole(name === 'Третій' ? 'menuitemcheckbox' : 'menuitem', { name });
  const press = (key: string) => fireEvent.keyDown(document.activeElement as Element, { key });
  return { chosen, outerKeys, button, item, press };
}

describe('useMenuButton', () => {
  it('ArrowDown on the button opens the menu at its first item, ArrowUp at its last', () => {
    const { button, item, press } = setup();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBeNull();
    button.focus();
    press('ArrowDown');
    const menu = screen.getByRole('menu', { name: 'Пункти' });
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-controls')).toBe(menu.id);
    expect(document.activeElement).toBe(item('Перший'));
    press('Escape');
    press('ArrowUp');
    expect(document.activeElement).toBe(item('Третій'));
  });

  it('the arrows move over plain and checkable items alike and wrap; Home and End go to the ends', () => {
    const { button, item, press } = setup();
    button.focus();
    press('ArrowDown');
    press('ArrowDown');
    expect(document.activeElement).toBe(item('Другий'));
    press('ArrowDown');
    expect(document.activeElement).toBe(item('Третій'));
    press('ArrowDown');
    expect(document.activeElement).toBe(item('Перший'));
    press('ArrowUp');
    expect(document.activeElement).toBe(item('Третій'));
    press('Home');
    expect(document.activeElement).toBe(item('Перший'));
    press('End');
    expect(document.activeElement).toBe(item('Третій'));
  });

  it('keeps its keys from the toolbar around, and lets the others through', () => {
    const { button, outerKeys, press } = setup();
    button.focus();
    press('ArrowDown');
    for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End']) press(key);
    expect(outerKeys).toEqual([]);
    press('ArrowRight');
    expect(outerKeys).toEqual(['ArrowRight']);
  });

  it('Escape closes the menu and gives the focus back to its button', () => {
    const { button, outerKeys, press } = setup();
    button.focus();
    press('ArrowDown');
    press('Escape');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(outerKeys).toEqual([]);
  });

  it('Tab closes the menu and goes on its way', () => {
    const { button, outerKeys, press } = setup();
    button.focus();
    press('ArrowDown');
    const tab = press('Tab');
    expect(tab).toBe(true);
    expect(screen.queryByRole('menu')).toBeNull();
    expect(outerKeys).toEqual(['Tab']);
  });

  it('a click toggles the menu; choosing an item closes it', () => {
    const { button, chosen, item } = setup();
    fireEvent.click(button);
    expect(document.activeElement).toBe(item('Перший'));
    fireEvent.click(button);
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.click(button);
    fireEvent.click(item('Другий'));
    expect(chosen).toEqual(['Другий']);
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('closes when the focus leaves it, not while it moves inside', () => {
    const { button, item, press } = setup();
    button.focus();
    press('ArrowDown');
    fireEvent.blur(item('Перший'), { relatedTarget: item('Другий') });
    expect(screen.getByRole('menu')).toBeTruthy();
    fireEvent.blur(item('Перший'), { relatedTarget: screen.getByRole('button', { name: 'Поза меню' }) });
    expect(screen.queryByRole('menu')).toBeNull();
  });
});
