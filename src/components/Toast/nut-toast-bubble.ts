// NutUI's Toast and its styles: the module the toast's bubble comes from (see nut-toast.tsx).
import { Toast } from '@nutui/nutui-react-taro';
import '@nutui/nutui-react-taro/dist/es/packages/toast/style/css';

export const NutToast = Toast;
