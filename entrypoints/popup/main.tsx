import { mount } from '@/components/mount';
// After the shared theme (imported by mount), so this page's rules come later.
import './popup.css';
import { App } from './App';

mount(App);
