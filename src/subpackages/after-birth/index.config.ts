export default definePageConfig({ navigationBarTitleText: '产后要办的事' });
