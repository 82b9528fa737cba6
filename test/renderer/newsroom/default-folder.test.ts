import { describe, expect, it } from 'vitest';
import { defaultNewsroomFolder } from '../../../renderer/src/newsroom/default-folder';

describe('defaultNewsroomFolder', () => {
  it('goes beside the current library, named after it', () => {
    expect(defaultNewsroomFolder('/home/olena/Документи/Шпальта', 'редакція')).toBe(
      '/home/olena/Документи/Шпальта-редакція',
    );
    expect(defaultNewsroomFolder('C:\\Users\\Olena\\Documents\\Шпальта', 'редакція')).toBe(
      'C:\\Users\\Olena\\Documents\\Шпальта-редакція',
    );
    expect(defaultNewsroomFolder('\\\\nas\\share\\Шпальта', 'newsroom')).toBe('\\\\nas\\share\\Шпальта-newsroom');
  });

  it('a trailing separator is not part of the name', () => {
    expect(defaultNewsroomFolder('/home/olena/Шпальта/', 'редакція')).toBe('/home/olena/Шпальта-редакція');
    expect(defaultNewsroomFolder('D:\\Шпальта\\\\', 'редакція')).toBe('D:\\Шпальта-редакція');
  });

  it('a library at the root of a disk gets a folder of its own there', () => {
    expect(defaultNewsroomFolder('/', 'редакція')).toBe('/редакція');
    expect(defaultNewsroomFolder('E:\\', 'редакція')).toBe('E:\\редакція');
    expect(defaultNewsroomFolder('E:/', 'newsroom')).toBe('E:/newsroom');
  });
});
